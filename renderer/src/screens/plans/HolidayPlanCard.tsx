import { useMemo, useState } from 'react';
import type { CreatePlanInput } from '../../../../shared/api/plans';
import { nextHoliday } from '../../../../shared/calendar/holiday-plan';
import { holidayName, holidaysOfYear } from '../../../../shared/calendar/holidays';
import { MAX_YEAR, MIN_YEAR } from '../../../../shared/calendar/lunar';
import { formatDate } from '../../../../shared/i18n/dates';
import type { HolidayKey } from '../../../../shared/plan/schema';
import { epochToVn } from '../../../../shared/time/zone';
import { useSettings } from '../../data/SettingsContext';
import { useI18n } from '../../i18n/I18nContext';
import { HolidayPreview } from './HolidayPreview';

const dayMonth = (date: string) => formatDate(date).slice(0, 5);

/**
 * "Tạo kế hoạch từ ngày lễ": the year's holidays always in view, so the common case is two clicks —
 * the holiday, then "Tạo".
 */
export function HolidayPlanCard({ onCreate }: { onCreate: (input: CreatePlanInput) => Promise<void> }) {
  const { t, language } = useI18n();
  // Vietnam's date, whatever the machine's zone.
  const upcoming = useMemo(() => nextHoliday(epochToVn(Date.now()).slice(0, 10)), []);
  const [yearText, setYearText] = useState(String(upcoming.year));
  const [selected, setSelected] = useState<HolidayKey | null>(null);
  const settings = useSettings();

  const year = Number(yearText);
  const holidays = Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? holidaysOfYear(year) : [];
  const chosen = holidays.find((h) => h.key === selected);

  return (
    <section className="card holiday-card" aria-labelledby="holiday-card-title">
      <header className="holiday-card-header">
        <div>
          <h2 id="holiday-card-title">{t('calendar.preset.title')}</h2>
          <p className="hint">{t('calendar.preset.hint')}</p>
        </div>
        <label className="year-field">
          {t('calendar.preset.year')}
          <input
            type="number"
            min={MIN_YEAR}
            max={MAX_YEAR}
            value={yearText}
            onChange={(e) => {
              setYearText(e.target.value);
              setSelected(null);
            }}
          />
        </label>
      </header>
      <div className="holiday-chips">
        {holidays.map((h) => (
          <button key={h.key} type="button" className="holiday-chip" aria-pressed={h.key === selected} onClick={() => setSelected(h.key)}>
            <span className="chip-name">{holidayName(h, language)}</span>
            <span className="chip-period">
              {h.daysOff.first === h.daysOff.last ? dayMonth(h.daysOff.first) : `${dayMonth(h.daysOff.first)} – ${dayMonth(h.daysOff.last)}`}
              {h.key === upcoming.key && h.year === upcoming.year && <span className="chip-tag">{t('calendar.preset.upcoming')}</span>}
            </span>
          </button>
        ))}
      </div>
      {chosen && settings && <HolidayPreview key={`${chosen.year}/${chosen.key}`} holiday={chosen} hours={settings.dutyWindowDefaults} onCreate={onCreate} onCancel={() => setSelected(null)} />}
    </section>
  );
}

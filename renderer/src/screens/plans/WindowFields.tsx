import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import { LocalDateTime } from '../../../../shared/time/local';
import type { DutyWindow } from '../../../../shared/plan/schema';
import { useI18n } from '../../i18n/I18nContext';

/**
 * The date-time picker shows the browser's locale (02/13/2026, 05:00 PM in an English Chromium), so
 * each field also reads its value back the Vietnamese way.
 */
function ReadBack({ value }: { value: string }) {
  const { language } = useI18n();
  return <span className="read-back">{LocalDateTime.safeParse(value).success ? formatDateTimeLong(value, language) : '\u00a0'}</span>;
}

/** The start and end of a duty window, in Vietnam time; shared by every form that sets one. */
export function WindowFields({ value, onChange }: { value: DutyWindow; onChange: (window: DutyWindow) => void }) {
  const { t } = useI18n();
  return (
    <>
      <div className="row">
        <label>
          {t('plans.form.start')}
          <input type="datetime-local" required value={value.start} onChange={(e) => onChange({ ...value, start: e.target.value })} />
          <ReadBack value={value.start} />
        </label>
        <label>
          {t('plans.form.end')}
          <input type="datetime-local" required value={value.end} onChange={(e) => onChange({ ...value, end: e.target.value })} />
          <ReadBack value={value.end} />
        </label>
      </div>
      <p className="hint">{t('plans.form.zoneNote')}</p>
    </>
  );
}

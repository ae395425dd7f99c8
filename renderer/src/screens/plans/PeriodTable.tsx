import { formatLunarDay } from '../../../../shared/calendar/lunar-format';
import { MAX_YEAR, MIN_YEAR, solarToLunar } from '../../../../shared/calendar/lunar';
import { formatDate, formatWeekday } from '../../../../shared/i18n/dates';
import type { DutyWindow, SpecialDay } from '../../../../shared/plan/schema';
import type { Language } from '../../../../shared/settings/schema';
import { windowDays, type WindowDay } from '../../../../shared/plan/window-days';
import { weekdayOf } from '../../../../shared/time/local';
import { DayMarks } from '../../components/DayMarks';
import { useI18n } from '../../i18n/I18nContext';

type Translate = ReturnType<typeof useI18n>['t'];

/** "Mùng 1 tháng Giêng" in Vietnamese; English readers get the numbers. Empty outside 1900–2100. */
function lunarText(date: string, language: Language, t: Translate): string {
  const year = Number(date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return '';
  const lunar = solarToLunar(date);
  if (language === 'vi') return formatLunarDay(lunar);
  return t(lunar.leap ? 'calendar.lunarLeap' : 'calendar.lunarDay', { day: lunar.day, month: lunar.month });
}

function dutyText({ from, until }: WindowDay, t: Translate): string {
  if (from && until) return t('calendar.period.fromUntil', { start: from, end: until });
  if (from) return t('calendar.period.from', { time: from });
  if (until) return t('calendar.period.until', { time: until });
  return t('calendar.period.allDay');
}

/** Tết's own days stand out from the other days off. */
const isTet = (kind: SpecialDay['kind']) => kind === 'giao-thua' || kind.startsWith('mung-');

/** The period view: each day of the duty window with its lunar date and what is special about it. */
export function PeriodTable({ window, specialDays }: { window: DutyWindow; specialDays: SpecialDay[] }) {
  const { t, language } = useI18n();
  return (
    <table className="table period-table">
      <thead>
        <tr>
          <th>{t('calendar.period.weekday')}</th>
          <th>{t('calendar.period.solar')}</th>
          <th>{t('calendar.period.lunar')}</th>
          <th>{t('calendar.period.duty')}</th>
          <th>{t('calendar.period.marks')}</th>
        </tr>
      </thead>
      <tbody>
        {windowDays(window).map((day) => {
          const marks = specialDays.filter((s) => s.date === day.date);
          const weekend = [0, 6].includes(weekdayOf(day.date));
          const classes = [weekend && 'weekend', marks.some((m) => m.kind === 'holiday') && 'day-off', marks.some((m) => isTet(m.kind)) && 'tet'].filter(Boolean).join(' ');
          return (
            <tr key={day.date} data-date={day.date} className={classes || undefined}>
              <td className="weekday">{formatWeekday(day.date, language)}</td>
              <td className="solar">{formatDate(day.date)}</td>
              <td className="lunar">{lunarText(day.date, language, t)}</td>
              <td className={day.from || day.until ? 'duty partial' : 'duty'}>{dutyText(day, t)}</td>
              <td>
                <DayMarks marks={marks} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The exact output shapes of the `lich-truc lunar` command, which automated checks read. */
import { addDays, type LocalDate } from '../time/local';
import { yearName } from './can-chi';
import { msg } from '../i18n/message';
import { calendarError } from './calendar-error';
import { solarToLunar } from './lunar';

/** `{"day":1,"month":1,"year":2026,"leap":false,"yearName":"Bính Ngọ"}` */
export function lunarJson(date: LocalDate): string {
  const { day, month, year, leap } = solarToLunar(date);
  return JSON.stringify({ day, month, year, leap, yearName: yearName(year) });
}

/** A header line, then one line per day from `from` to `to` inclusive; lines end with "\n". */
export function lunarRangeCsv(from: LocalDate, to: LocalDate): string {
  // Reject a bad or out-of-range date before producing any line.
  for (const date of [from, to]) solarToLunar(date);
  if (from > to) throw calendarError(msg('calendar.error.backwards', { from, to }));
  const lines = ['gregorian,lunar_day,lunar_month,lunar_year,is_leap_month'];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const { day, month, year, leap } = solarToLunar(date);
    lines.push(`${date},${day},${month},${year},${leap ? 1 : 0}`);
  }
  return lines.join('\n') + '\n';
}

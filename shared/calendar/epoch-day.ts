import { isValidDateParts, joinDate } from '../time/local';
import { msg } from '../i18n/message';
import { calendarError } from './calendar-error';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whole days since 1970-01-01 for a LocalDate. Counting on the calendar itself (UTC arithmetic, no
 * zone) keeps day arithmetic independent of the machine's time zone.
 */
export function toEpochDay(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m || !isValidDateParts(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw calendarError(msg('calendar.error.date', { date }));
  }
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromEpochDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return joinDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

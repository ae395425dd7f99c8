import { z } from 'zod';

/**
 * Dates and wall-clock times are stored as strings in Vietnam's zone (Asia/Ho_Chi_Minh), the way
 * a user types and reads them. Instants (createdAt, publishedAt) are ISO strings in UTC.
 */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function validCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value.slice(0, 10));
  return !!m && isValidDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `YYYY-MM-DD`, a real calendar date. */
export const LocalDate = z.string().regex(DATE_RE, 'schema.dateFormat').refine(validCalendarDate, 'schema.noSuchDate');
export type LocalDate = z.infer<typeof LocalDate>;

/** `HH:mm`, 00:00–23:59. */
export const LocalTime = z.string().regex(TIME_RE, 'schema.timeFormat');
export type LocalTime = z.infer<typeof LocalTime>;

/** `YYYY-MM-DDTHH:mm`, wall-clock time in Asia/Ho_Chi_Minh. */
export const LocalDateTime = z.string().regex(DATE_TIME_RE, 'schema.dateTimeFormat').refine(validCalendarDate, 'schema.noSuchDate');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** An ISO 8601 instant with zone, e.g. `2026-02-13T10:00:00.000Z`. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export function splitDate(date: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date.slice(0, 10));
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function joinDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole days to a LocalDate without going through any time zone. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = splitDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return joinDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday, of a LocalDate, independent of the machine's zone. */
export function weekdayOf(date: string): number {
  const { year, month, day } = splitDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

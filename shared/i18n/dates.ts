import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { vi } from 'date-fns/locale/vi';
import type { Language } from '../settings/schema';
import { splitDate } from '../time/local';
import { epochToVn } from '../time/zone';

/** date-fns formats in the machine's zone: local noon of the same date keeps the day right in any zone. */
const localNoon = (date: string) => {
  const { year, month, day } = splitDate(date);
  return new Date(year, month - 1, day, 12);
};

const capitalizeWords = (text: string) => text.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());

/** `17/02/2026`. */
export function formatDate(date: string): string {
  const { year, month, day } = splitDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** `Thứ Ba`, `Chủ Nhật` (date-fns' vi locale writes them in lower case). */
export function formatWeekday(date: string, language: Language = 'vi'): string {
  const noon = localNoon(date);
  return language === 'vi' ? capitalizeWords(format(noon, 'EEEE', { locale: vi })) : format(noon, 'EEEE', { locale: enUS });
}

/**
 * A weekday for a narrow column: `Thứ Tư` stays whole (it fits), `Wednesday` becomes `Wed`, which
 * the compact roster's day columns need at 1366 px, where the full English name runs under the lock.
 */
export function formatWeekdayNarrow(date: string, language: Language = 'vi'): string {
  return language === 'vi' ? formatWeekday(date, language) : format(localNoon(date), 'EEE', { locale: enUS });
}

/** `16/02 22:00`: a moment inside a holiday's duty window, where the year goes without saying. */
export function formatDayMonthTime(local: string): string {
  return `${local.slice(8, 10)}/${local.slice(5, 7)} ${local.slice(11, 16)}`;
}

/** `17/02/2026 22:00` from a LocalDateTime. */
export function formatDateTime(local: string): string {
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** `17/02/2026 22:00` of an instant, on Vietnam's clock. */
export function formatEpoch(epoch: number): string {
  return formatDateTime(epochToVn(epoch));
}

/** `Thứ Ba, 17/02/2026`. */
export function formatDateLong(date: string, language: Language = 'vi'): string {
  return `${formatWeekday(date, language)}, ${formatDate(date)}`;
}

/** `Thứ Ba, 17/02/2026 22:00`. */
export function formatDateTimeLong(local: string, language: Language = 'vi'): string {
  return `${formatDateLong(local.slice(0, 10), language)} ${local.slice(11, 16)}`;
}

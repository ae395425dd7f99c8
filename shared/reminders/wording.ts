import { shiftTitle } from '../export/shift-text';
import { formatDate, formatWeekday } from '../i18n/dates';
import { epochToVn } from '../time/zone';

/** "1 ngày", "1 giờ 30 phút", "30 phút": how far ahead a reminder tells. */
export function leadTime(minutes: number): string {
  if (minutes <= 0) return 'ngay bây giờ';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [days && `${days} ngày`, hours && `${hours} giờ`, rest && `${rest} phút`].filter(Boolean).join(' ');
}

/** "Thứ Hai, 16/02/2026". */
export function dayOf(epoch: number): string {
  const date = epochToVn(epoch).slice(0, 10);
  return `${formatWeekday(date)}, ${formatDate(date)}`;
}

/** "Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026". */
export function shiftWhen(label: string, start: number, end: number): string {
  return `${shiftTitle({ label, start, end })}, ${dayOf(start)}`;
}

/** "Nguyễn Văn A (0912…)": a name others can call. */
export const withPhone = (name: string, phone: string) => (phone ? `${name} (${phone})` : name);

export const namesOrNobody = (names: readonly string[]) => (names.length ? names.join(', ') : 'chưa có ai');

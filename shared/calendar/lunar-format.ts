import type { LunarDate } from './lunar';

type LunarDay = Pick<LunarDate, 'day' | 'month' | 'leap'>;

/** Months 1 and 12 have names of their own in speech and on printed calendars. */
function monthName(month: number): string {
  if (month === 1) return 'Giêng';
  if (month === 12) return 'Chạp';
  return String(month);
}

/** "Mùng 1 tháng Giêng", "15 tháng 8", "30 tháng Chạp", "Mùng 3 tháng 4 nhuận". */
export function formatLunarDay({ day, month, leap }: LunarDay): string {
  const dayText = day <= 10 ? `Mùng ${day}` : String(day);
  return `${dayText} tháng ${monthName(month)}${leap ? ' nhuận' : ''}`;
}

/** For a table column: "1/1", "30/12", "3/4 nhuận". */
export function formatLunarDayShort({ day, month, leap }: LunarDay): string {
  return `${day}/${month}${leap ? ' nhuận' : ''}`;
}

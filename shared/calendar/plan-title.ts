import type { HolidayKey } from '../plan/schema';
import { yearName } from './can-chi';
import type { Holiday } from './holidays';

/** How official duty letters name each occasion; only Tết is named by its Can Chi year. */
const OCCASIONS: Readonly<Record<HolidayKey, (year: number) => string>> = {
  'tet-duong-lich': (year) => `Tết Dương lịch ${year}`,
  'tet-nguyen-dan': (year) => `Tết Nguyên đán ${yearName(year)} ${year}`,
  'gio-to': (year) => `Giỗ Tổ Hùng Vương ${year}`,
  '30-4-1-5': (year) => `Lễ 30/4 và 1/5/${year}`,
  'quoc-khanh': (year) => `Quốc khánh 2/9/${year}`,
};

/** The subject line of a plan made from a holiday, e.g. "… dịp Tết Nguyên đán Bính Ngọ 2026". */
export function planTitleFor(period: Pick<Holiday, 'key' | 'year'>): string {
  return `Trực bảo đảm an toàn thông tin mạng dịp ${OCCASIONS[period.key](period.year)}`;
}

import { msg, type Message } from '../i18n';
import type { HolidayKey } from '../plan/schema';
import type { LocalDate } from '../time/local';

/** A weekday given off, repaid by working a Saturday. */
export interface DaySwap {
  off: LocalDate;
  worked: LocalDate;
}

/** A period off for civil servants as the government announced it. */
export interface OfficialPeriod {
  first: LocalDate;
  last: LocalDate;
  swaps?: DaySwap[];
  /** Only where the days the law grants differ from what holidays.ts derives from the Labour Code 2019. */
  legalDays?: LocalDate[];
  note?: Message;
}

const JOINED_2023 = msg('calendar.note.gioToWithLabourDay');

/**
 * Announced periods off, by year. Add a year (or single holidays of it) when the government publishes
 * it; holidays missing here are proposed from the law instead.
 */
export const OFFICIAL_PERIODS: Readonly<Record<number, Partial<Record<HolidayKey, OfficialPeriod>>>> = {
  2020: {
    'tet-duong-lich': { first: '2020-01-01', last: '2020-01-01' },
    'tet-nguyen-dan': { first: '2020-01-23', last: '2020-01-29' },
    'gio-to': { first: '2020-04-02', last: '2020-04-02' },
    '30-4-1-5': { first: '2020-04-30', last: '2020-05-03' },
    'quoc-khanh': {
      first: '2020-09-02',
      last: '2020-09-02',
      legalDays: ['2020-09-02'],
      note: msg('calendar.note.nationalDayOneDay2012'),
    },
  },
  2021: {
    'tet-duong-lich': { first: '2021-01-01', last: '2021-01-03' },
    'tet-nguyen-dan': { first: '2021-02-10', last: '2021-02-16' },
    'gio-to': { first: '2021-04-21', last: '2021-04-21' },
    '30-4-1-5': { first: '2021-04-30', last: '2021-05-03' },
    'quoc-khanh': { first: '2021-09-02', last: '2021-09-05' },
  },
  2022: {
    'tet-duong-lich': { first: '2022-01-01', last: '2022-01-03' },
    'tet-nguyen-dan': { first: '2022-01-29', last: '2022-02-06' },
    'gio-to': { first: '2022-04-09', last: '2022-04-11' },
    '30-4-1-5': { first: '2022-04-30', last: '2022-05-03' },
    'quoc-khanh': { first: '2022-09-01', last: '2022-09-04' },
  },
  2023: {
    'tet-duong-lich': { first: '2022-12-31', last: '2023-01-02' },
    'tet-nguyen-dan': { first: '2023-01-20', last: '2023-01-26' },
    'gio-to': { first: '2023-04-29', last: '2023-05-03', note: JOINED_2023 },
    '30-4-1-5': { first: '2023-04-29', last: '2023-05-03', note: JOINED_2023 },
    'quoc-khanh': { first: '2023-09-01', last: '2023-09-04' },
  },
  2024: {
    'tet-duong-lich': { first: '2023-12-30', last: '2024-01-01' },
    'tet-nguyen-dan': { first: '2024-02-08', last: '2024-02-14' },
    'gio-to': { first: '2024-04-18', last: '2024-04-18' },
    '30-4-1-5': { first: '2024-04-27', last: '2024-05-01', swaps: [{ off: '2024-04-29', worked: '2024-05-04' }] },
    'quoc-khanh': { first: '2024-08-31', last: '2024-09-03' },
  },
  2025: {
    'tet-duong-lich': { first: '2025-01-01', last: '2025-01-01' },
    'tet-nguyen-dan': { first: '2025-01-25', last: '2025-02-02' },
    'gio-to': { first: '2025-04-05', last: '2025-04-07' },
    '30-4-1-5': { first: '2025-04-30', last: '2025-05-04', swaps: [{ off: '2025-05-02', worked: '2025-04-26' }] },
    'quoc-khanh': { first: '2025-08-30', last: '2025-09-02' },
  },
  2026: {
    'tet-duong-lich': { first: '2026-01-01', last: '2026-01-04', swaps: [{ off: '2026-01-02', worked: '2026-01-10' }] },
    'tet-nguyen-dan': { first: '2026-02-14', last: '2026-02-22' },
    'gio-to': { first: '2026-04-25', last: '2026-04-27' },
    '30-4-1-5': { first: '2026-04-30', last: '2026-05-03' },
    'quoc-khanh': { first: '2026-08-29', last: '2026-09-02', swaps: [{ off: '2026-08-31', worked: '2026-08-22' }] },
  },
};

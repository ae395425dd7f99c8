/**
 * The Vietnamese lunar calendar (âm lịch), read from a table generated from astronomy at UTC+7.
 *
 * Vietnam has computed its calendar for UTC+7 since 1968; before that it followed calendars made for
 * UTC+8 or Huế. We apply the UTC+7 rules to every year 1900–2100, as the reference list of Tết dates
 * does, so a few pre-1968 dates differ from the calendars then in use (see docs/lunar-calendar.md).
 * The offset is fixed: the Asia/Ho_Chi_Minh zone is UTC+8 in 1959–1975 and would give Chinese dates.
 */
import { msg } from '../i18n/message';
import { calendarError } from './calendar-error';
import { fromEpochDay, toEpochDay } from './epoch-day';
import { FIRST_LUNAR_YEAR, LUNAR_YEARS } from './lunar-table';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

interface LunarMonth {
  month: number;
  leap: boolean;
  /** Epoch day of its first day. */
  start: number;
  length: 29 | 30;
}

interface LunarYear {
  tet: number;
  leapMonth: number | null;
  months: LunarMonth[];
}

function decodeYear(year: number, packed: number): LunarYear {
  const tet = Date.UTC(year, 0, 1) / 86_400_000 + (packed >> 17);
  const leapMonth = (packed >> 13) & 0xf || null;
  const months: LunarMonth[] = [];
  let start = tet;
  for (let month = 1; month <= 12; month++) {
    for (const leap of month === leapMonth ? [false, true] : [false]) {
      const length = packed & (1 << months.length) ? 30 : 29;
      months.push({ month, leap, start, length });
      start += length;
    }
  }
  return { tet, leapMonth, months };
}

const YEARS: readonly LunarYear[] = LUNAR_YEARS.map((packed, i) => decodeYear(FIRST_LUNAR_YEAR + i, packed));

/** Throws for a year outside 1900–2100, the span the calendar is computed and tested for. */
export function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    // Years as written, not as numbers (2.026 would not be a year).
    throw calendarError(msg('calendar.error.year', { year: String(year), min: String(MIN_YEAR), max: String(MAX_YEAR) }));
  }
}

function lunarYear(year: number): LunarYear {
  assertSupportedYear(year);
  return YEARS[year - FIRST_LUNAR_YEAR]!;
}

function findMonth(year: number, month: number, leap: boolean): LunarMonth {
  const layout = lunarYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw calendarError(msg('calendar.error.month', { month: String(month) }));
  }
  const found = layout.months.find((m) => m.month === month && m.leap === leap);
  if (!found) {
    const which = { year: String(year), month: String(month) };
    throw calendarError(layout.leapMonth ? msg('calendar.error.otherLeapMonth', { ...which, leap: String(layout.leapMonth) }) : msg('calendar.error.noLeapMonth', which));
  }
  return found;
}

/** The lunar date of a solar date `YYYY-MM-DD` in 1900–2100. */
export function solarToLunar(date: string): LunarDate {
  const day = toEpochDay(date);
  const gregorianYear = Number(date.slice(0, 4));
  assertSupportedYear(gregorianYear);
  // Tết falls in January or February, so the lunar year is the solar year or the one before.
  let index = gregorianYear - FIRST_LUNAR_YEAR;
  if (YEARS[index]!.tet > day) index -= 1;
  const month = YEARS[index]!.months.findLast((m) => m.start <= day)!;
  return { day: day - month.start + 1, month: month.month, year: FIRST_LUNAR_YEAR + index, leap: month.leap };
}

/** The solar date `YYYY-MM-DD` of a lunar date; throws an AppError for a date that does not exist. */
export function lunarToSolar(year: number, month: number, day: number, leap = false): string {
  const found = findMonth(year, month, leap);
  if (!Number.isInteger(day) || day < 1 || day > found.length) {
    const which = { day: String(day), month: String(month), year: String(year), length: found.length };
    throw calendarError(leap ? msg('calendar.error.leapDay', which) : msg('calendar.error.day', which));
  }
  return fromEpochDay(found.start + day - 1);
}

/** Which month is doubled in a lunar year, or null in a 12-month year. */
export function leapMonthOf(year: number): number | null {
  return lunarYear(year).leapMonth;
}

/** 29 or 30. */
export function lunarMonthLength(year: number, month: number, leap = false): 29 | 30 {
  return findMonth(year, month, leap).length;
}

/** The solar date of Tết (lunar 1/1) of a lunar year. */
export function tetDate(year: number): string {
  return fromEpochDay(lunarYear(year).tet);
}

/**
 * The public holidays of the Labour Code 2019, Art. 112, with the period off of each for civil
 * servants (Monday–Friday workers): the announced one for years in OFFICIAL_PERIODS, otherwise one
 * proposed from the law, to be checked against the government's announcement.
 *
 * How a period is proposed:
 * - the days the law grants (legal days) are off;
 * - Art. 111(3): a legal day on a Saturday or Sunday is taken on the next working day;
 * - the period is the run of consecutive off days and weekends around the legal days, so adjoining
 *   weekends join it and holidays that touch (Giỗ Tổ and 30/4 in 2023) share one period;
 * - Tết's five days are the last two days of the lunar year and Mùng 1–3, which with the two rules
 *   above reproduces every announced Tết period 2020–2026;
 * - Quốc khánh's second day is 1/9, or 3/9 when 2/9 is a Monday (1/9 would be a Sunday) or a Thursday
 *   (a Friday off bridges to the weekend), as announced 2021–2026.
 * Proposals never invent swapped working days: those are the government's decision.
 */
import { msg, translate, type Message } from '../i18n';
import type { HolidayKey, HolidayRef } from '../plan/schema';
import type { Language } from '../settings/schema';
import { addDays, joinDate, weekdayOf, type LocalDate } from '../time/local';
import { assertSupportedYear, lunarToSolar, tetDate } from './lunar';
import { OFFICIAL_PERIODS, type DaySwap } from './official-periods';

export type HolidayStatus = 'official' | 'proposed';

export interface Holiday {
  key: HolidayKey;
  year: number;
  /** The name in Vietnamese, as plans keep it, and in English: the catalog's `calendar.holidayName.*` (see holidayName). */
  name: string;
  nameEn: string;
  /** The days Art. 112 grants, before weekends and Art. 111(3) stretch them into the period off. */
  legalDays: LocalDate[];
  daysOff: { first: LocalDate; last: LocalDate };
  status: HolidayStatus;
  swaps: DaySwap[];
  /** What to know about the period, said in the reader's language. */
  note?: Message;
}

interface HolidayRule {
  key: HolidayKey;
  legalDays(year: number): LocalDate[];
}

/** A holiday's name in a language; a plan's holiday keeps the Vietnamese one it was made with. */
export function holidayName(holiday: { key: HolidayKey; name?: string }, language: Language): string {
  return language === 'vi' && holiday.name ? holiday.name : translate(language, `calendar.holidayName.${holiday.key}`);
}

const PROPOSED_NOTE = msg('calendar.note.proposed');

const RULES: readonly HolidayRule[] = [
  {
    key: 'tet-duong-lich',
    legalDays: (year) => [joinDate(year, 1, 1)],
  },
  {
    key: 'tet-nguyen-dan',
    legalDays: (year) => [-2, -1, 0, 1, 2].map((offset) => addDays(tetDate(year), offset)),
  },
  {
    key: 'gio-to',
    legalDays: (year) => [lunarToSolar(year, 3, 10)],
  },
  {
    key: '30-4-1-5',
    legalDays: (year) => [joinDate(year, 4, 30), joinDate(year, 5, 1)],
  },
  {
    key: 'quoc-khanh',
    legalDays: (year) => {
      const weekday = weekdayOf(joinDate(year, 9, 2));
      return weekday === 1 || weekday === 4 ? [joinDate(year, 9, 2), joinDate(year, 9, 3)] : [joinDate(year, 9, 1), joinDate(year, 9, 2)];
    },
  },
];

export function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/**
 * Art. 111(3): a weekly rest day taken by a legal holiday is given back on the next working day
 * (not a weekend, not another legal day, not already given back). The compensatory days, in order.
 */
export function compensatoryDays(legalDays: readonly LocalDate[]): LocalDate[] {
  const off = new Set(legalDays);
  const given: LocalDate[] = [];
  for (const day of [...legalDays].sort()) {
    if (!isWeekend(day)) continue;
    let replacement = addDays(day, 1);
    while (isWeekend(replacement) || off.has(replacement)) replacement = addDays(replacement, 1);
    off.add(replacement);
    given.push(replacement);
  }
  return given;
}

/** Legal days plus their compensatory days. */
const daysOffByLaw = (legalDays: LocalDate[]): Set<LocalDate> => new Set([...legalDays, ...compensatoryDays(legalDays)]);

function proposedPeriod(legalDays: LocalDate[], off: Set<LocalDate>): Holiday['daysOff'] {
  const isOff = (date: LocalDate) => off.has(date) || isWeekend(date);
  const sorted = [...legalDays].sort();
  let first = sorted[0]!;
  let last = sorted.at(-1)!;
  while (isOff(addDays(first, -1))) first = addDays(first, -1);
  while (isOff(addDays(last, 1))) last = addDays(last, 1);
  return { first, last };
}

/**
 * The five Art. 112 holidays of a year 1900–2100, in the order of the law, each with its period off.
 * Pass an empty table to see what the law alone proposes.
 */
export function holidaysOfYear(year: number, officialPeriods = OFFICIAL_PERIODS): Holiday[] {
  assertSupportedYear(year);
  const official = officialPeriods[year] ?? {};
  const legal = RULES.map((rule) => official[rule.key]?.legalDays ?? rule.legalDays(year));
  const off = daysOffByLaw(legal.flat());
  return RULES.map((rule, i): Holiday => {
    const base = { key: rule.key, year, name: holidayName(rule, 'vi'), nameEn: holidayName(rule, 'en'), legalDays: legal[i]! };
    const announced = official[rule.key];
    if (!announced) {
      return { ...base, daysOff: proposedPeriod(legal[i]!, off), status: 'proposed', swaps: [], note: PROPOSED_NOTE };
    }
    const { first, last, swaps = [], note } = announced;
    return { ...base, daysOff: { first, last }, status: 'official', swaps, ...(note ? { note } : {}) };
  });
}

export function holidayOf(year: number, key: HolidayKey): Holiday {
  return holidaysOfYear(year).find((h) => h.key === key)!;
}

/** What a plan keeps of the holiday it was made from. */
export function toHolidayRef(holiday: Holiday): HolidayRef {
  return {
    key: holiday.key,
    year: holiday.year,
    name: holiday.name,
    official: holiday.status === 'official',
    daysOff: { ...holiday.daysOff },
  };
}

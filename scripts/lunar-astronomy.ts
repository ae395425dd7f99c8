/**
 * The Vietnamese lunar calendar computed from astronomy, for generating and checking
 * shared/calendar/lunar-table.ts. Runs on Node with astronomy-engine (a devDependency); the app
 * itself only reads the generated table.
 *
 * Rules (Vietnam, UTC+7): a month starts on the UTC+7 day of the astronomical new moon; month 11 is
 * the month containing the December solstice; when 13 months lie between two months 11, the first of
 * them (after month 11) that contains no principal solar term (sun longitude a multiple of 30°) is a
 * leap month and repeats the number of the month before it.
 *
 * Days are counted as whole days since 1970-01-01 on the UTC+7 calendar ("epoch days").
 */
import { SearchMoonPhase, Seasons, SunPosition } from 'astronomy-engine';

const DAY_MS = 86_400_000;
const UTC7_MS = 7 * 3_600_000;

export interface AstronomicalMonth {
  year: number;
  month: number;
  leap: boolean;
  /** Epoch day of the first day of the month. */
  start: number;
}

function utc7Day(instant: Date): number {
  return Math.floor((instant.getTime() + UTC7_MS) / DAY_MS);
}

/** Midnight at the start of a UTC+7 day, as an instant. */
function utc7Midnight(day: number): Date {
  return new Date(day * DAY_MS - UTC7_MS);
}

function newMoonDayOnOrAfter(day: number): number {
  const found = SearchMoonPhase(0, utc7Midnight(day), 40);
  if (!found) throw new Error(`No new moon found after epoch day ${day}`);
  return utc7Day(found.date);
}

/** Which 30° sector of ecliptic longitude the sun is in when a UTC+7 day begins. */
function sunSector(day: number): number {
  return Math.floor(SunPosition(utc7Midnight(day)).elon / 30);
}

/** First day of month 11 of a lunar year: the month holding that year's December solstice. */
export function month11Start(year: number): number {
  const solstice = utc7Day(Seasons(year).dec_solstice.date);
  let start = newMoonDayOnOrAfter(solstice - 30);
  for (let next = newMoonDayOnOrAfter(start + 1); next <= solstice; next = newMoonDayOnOrAfter(start + 1)) {
    start = next;
  }
  return start;
}

/** Months from month 11 of `year - 1` up to (not including) month 11 of `year`. */
function monthsUpToMonth11(year: number): AstronomicalMonth[] {
  const end = month11Start(year);
  const starts = [month11Start(year - 1)];
  for (let next = newMoonDayOnOrAfter(starts[0]! + 1); next < end; next = newMoonDayOnOrAfter(next + 1)) {
    starts.push(next);
  }
  const sectors = starts.length === 13 ? [...starts, end].map(sunSector) : [];
  // A month lacks a principal term when the sun is in the same sector at its start and at the next month's start.
  const leapIndex = sectors.length ? starts.findIndex((_, i) => i >= 1 && sectors[i] === sectors[i + 1]) : -1;

  const months: AstronomicalMonth[] = [];
  let month = 11;
  let lunarYear = year - 1;
  starts.forEach((start, i) => {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      month = (month % 12) + 1;
      if (month === 1) lunarYear += 1;
    }
    months.push({ year: lunarYear, month, leap, start });
  });
  return months;
}

/** Every month of lunar years `first`..`last`, in order, plus the first month of `last + 1`. */
export function lunarMonths(first: number, last: number): AstronomicalMonth[] {
  const months: AstronomicalMonth[] = [];
  for (let year = first; year <= last + 2; year++) months.push(...monthsUpToMonth11(year));
  const from = months.findIndex((m) => m.year === first && m.month === 1 && !m.leap);
  const to = months.findIndex((m) => m.year === last + 1 && m.month === 1 && !m.leap);
  return months.slice(from, to + 1);
}

/**
 * One number per lunar year, as laid out in shared/calendar/lunar-table.ts:
 * bits 17+ days from 1 January to Tết, bits 13–16 the leap month (0 = none),
 * bit i (0–12) set when the year's (i+1)-th month, in order, has 30 days.
 */
export function packedLunarYears(first: number, last: number): number[] {
  const months = lunarMonths(first, last);
  const packed: number[] = [];
  for (let year = first; year <= last; year++) {
    const own = months.filter((m) => m.year === year);
    const startOfNext = months[months.indexOf(own.at(-1)!) + 1]!.start;
    const tetOffset = own[0]!.start - Date.UTC(year, 0, 1) / DAY_MS;
    const leapMonth = own.find((m) => m.leap)?.month ?? 0;
    const lengthBits = own.reduce((bits, m, i) => {
      const next = own[i + 1]?.start ?? startOfNext;
      return next - m.start === 30 ? bits | (1 << i) : bits;
    }, 0);
    packed.push((tetOffset << 17) | (leapMonth << 13) | lengthBits);
  }
  return packed;
}

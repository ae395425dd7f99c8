import type { PlanCore } from '../plan/schema';
import { addDays, type LocalDate } from '../time/local';
import { compensatoryDays, holidaysOfYear, isWeekend } from './holidays';
import { MAX_YEAR, MIN_YEAR } from './lunar';

/**
 * The kinds of day the Labour Code 2019 pays work on differently (Art. 98(1)):
 * - `working`: an ordinary working day (Monday–Friday, or a Saturday worked to repay a swap);
 * - `weekly-rest`: a weekly rest day (Art. 111) — Saturday and Sunday for civil servants, and a
 *   weekday made a rest day by an official swap or otherwise inside the plan's period off;
 * - `holiday`: a public holiday or Tết day the law grants (Art. 112: the holidays' legal days, not
 *   the whole period off);
 * - `compensatory`: the working day given back for a weekly rest day taken by a holiday
 *   (Art. 111(3)).
 */
export const DAY_KINDS = ['working', 'weekly-rest', 'holiday', 'compensatory'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

const yearOf = (date: LocalDate) => Number(date.slice(0, 4));

/**
 * The kind of every date of a plan. The law's days come from the holiday calendar of each year the
 * window touches (announced legal days and swaps where the government published them); the plan's
 * own period off, which the user may have edited, makes its remaining weekdays rest days.
 */
export function dayKindsOf(core: Pick<PlanCore, 'holiday' | 'window'>): (date: LocalDate) => DayKind {
  const kinds = new Map<LocalDate, DayKind>();
  const first = Math.max(MIN_YEAR, yearOf(core.window.start.slice(0, 10)));
  const last = Math.min(MAX_YEAR, yearOf(core.window.end.slice(0, 10)));
  for (let year = first; year <= last; year++) {
    const holidays = holidaysOfYear(year);
    const legal = holidays.flatMap((h) => h.legalDays);
    for (const swap of holidays.flatMap((h) => h.swaps)) {
      kinds.set(swap.off, 'weekly-rest');
      kinds.set(swap.worked, 'working');
    }
    for (const day of compensatoryDays(legal)) kinds.set(day, 'compensatory');
    for (const day of legal) kinds.set(day, 'holiday');
  }
  const off = core.holiday?.daysOff;
  if (off) {
    for (let day = off.first; day <= off.last; day = addDays(day, 1)) if (!kinds.has(day)) kinds.set(day, 'weekly-rest');
  }
  return (date) => kinds.get(date) ?? (isWeekend(date) ? 'weekly-rest' : 'working');
}

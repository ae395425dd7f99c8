import type { DutyWindow } from '../plan/schema';
import { addDays, type LocalDate, type LocalTime } from '../time/local';
import { holidaysOfYear, isWeekend, type Holiday } from './holidays';
import { MAX_YEAR, MIN_YEAR } from './lunar';

export interface WorkdayHours {
  /** When the last working day before the period ends. */
  endOfWorkday: LocalTime;
  /** When the first working day after the period starts. */
  startOfWorkday: LocalTime;
}

export const DEFAULT_WORKDAY_HOURS: WorkdayHours = { endOfWorkday: '17:00', startOfWorkday: '07:30' };

/**
 * Days off and repaid Saturdays around a period, from the other holidays of its year and the years
 * beside it; the period itself is left out because the user may have edited its dates.
 */
function workingCalendarAround(period: Holiday): (date: LocalDate) => boolean {
  const off = new Set<LocalDate>();
  const workedSaturdays = new Set<LocalDate>();
  const holidays = [period.year - 1, period.year, period.year + 1]
    .filter((year) => year >= MIN_YEAR && year <= MAX_YEAR)
    .flatMap((year) => holidaysOfYear(year))
    .filter((h) => !(h.key === period.key && h.year === period.year))
    .concat(period);
  for (const holiday of holidays) {
    for (let day = holiday.daysOff.first; day <= holiday.daysOff.last; day = addDays(day, 1)) off.add(day);
    for (const swap of holiday.swaps) {
      off.add(swap.off);
      workedSaturdays.add(swap.worked);
    }
  }
  return (date) => workedSaturdays.has(date) || (!isWeekend(date) && !off.has(date));
}

/**
 * What the roster must cover: from the end of the last working day before the period off to the
 * start of the first working day after it, in Vietnam wall-clock time.
 */
export function dutyWindowFor(period: Holiday, hours: WorkdayHours = DEFAULT_WORKDAY_HOURS): DutyWindow {
  const isWorkingDay = workingCalendarAround(period);
  let before = addDays(period.daysOff.first, -1);
  while (!isWorkingDay(before)) before = addDays(before, -1);
  let after = addDays(period.daysOff.last, 1);
  while (!isWorkingDay(after)) after = addDays(after, 1);
  return { start: `${before}T${hours.endOfWorkday}`, end: `${after}T${hours.startOfWorkday}` };
}

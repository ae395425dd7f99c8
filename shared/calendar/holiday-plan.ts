/** Turning a holiday into a plan: what the "Tạo kế hoạch từ ngày lễ" form proposes and creates. */
import type { CreatePlanInput } from '../api/plans';
import type { DutyWindow, SpecialDay } from '../plan/schema';
import type { LocalDate } from '../time/local';
import { toEpochDay } from './epoch-day';
import { holidaysOfYear, toHolidayRef, type Holiday } from './holidays';
import { MAX_YEAR } from './lunar';
import { planTitleFor } from './plan-title';
import { specialDaysBetween } from './special-days';

/** The holiday whose period off is under way or comes next, the one a user most likely plans for. */
export function nextHoliday(today: LocalDate): Holiday {
  const year = Number(today.slice(0, 4));
  const candidates = [year, Math.min(year + 1, MAX_YEAR)].flatMap((y) => holidaysOfYear(y));
  return candidates.find((h) => h.daysOff.last >= today) ?? candidates.at(-1)!;
}

/** How many days a period off lasts, both ends included. */
export function periodLength({ first, last }: Holiday['daysOff']): number {
  return toEpochDay(last) - toEpochDay(first) + 1;
}

/** The special days a window's roster marks, for every day it touches. */
export function specialDaysOfWindow(window: DutyWindow): SpecialDay[] {
  return specialDaysBetween(window.start.slice(0, 10), window.end.slice(0, 10));
}

/** A plan made from a holiday: its title as both name and subject, its window and its special days. */
export function holidayPlanInput(holiday: Holiday, window: DutyWindow, title = planTitleFor(holiday)): CreatePlanInput {
  return { name: title, subject: title, window, holiday: toHolidayRef(holiday), specialDays: specialDaysOfWindow(window) };
}

import { isWeekend } from '../calendar/holidays';
import type { DutyWindow } from '../plan/schema';
import { epochToVn } from '../time/zone';
import { addDays, type LocalDate } from '../time/local';
import type { ReadinessTask } from './schema';

/** The day the duty window starts on: every task is due before it. */
export const windowStartDate = (window: DutyWindow): LocalDate => window.start.slice(0, 10);

/**
 * The working day before the one the duty window starts on (a Friday when that is a Monday): the
 * window starts at the end of the last working day, so the day before leaves that day to check
 * what was done and chase what was not.
 */
export function defaultDue(window: DutyWindow): LocalDate {
  let day = addDays(windowStartDate(window), -1);
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

/** The last day a task may be due: the day before the window starts. */
export const lastDueDay = (window: DutyWindow): LocalDate => addDays(windowStartDate(window), -1);

/** A due date is valid only before the day the duty window starts. */
export const dueBeforeWindow = (due: LocalDate, window: DutyWindow): boolean => due < windowStartDate(window);

/** Today in Vietnam, from an instant. */
export const vnToday = (epoch: number): LocalDate => epochToVn(epoch).slice(0, 10);

/** Not done and its due day is over. */
export const isOverdue = (task: Pick<ReadinessTask, 'status' | 'due'>, today: LocalDate): boolean => task.status !== 'done' && task.due < today;

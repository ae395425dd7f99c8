import { owedDuring } from './checklist';
import type { PageShift } from './logged-plan';
import type { CheckItem, CheckTick, DutyLog, ShiftLog } from './schema';

export interface CheckState {
  item: CheckItem;
  tick: CheckTick | null;
}

export interface CheckCompletion {
  shiftId: string;
  done: number;
  /** Items the shift owes: on the checklist during it, or ticked in it. */
  total: number;
  missing: CheckItem[];
  /** The shift has ended with checks not ticked: the page and the timeline show it. */
  overdue: boolean;
}

/** The checklist as one shift owes it, each item with its tick. A retired item ticked in the shift stays. */
export function shiftChecks(log: Pick<DutyLog, 'checklist'>, shift: Pick<PageShift, 'start' | 'end'>, page: Pick<ShiftLog, 'checks'> | undefined | null): CheckState[] {
  const ticks = new Map(page?.checks.map((t) => [t.checkId, t]));
  return log.checklist.filter((item) => ticks.has(item.id) || owedDuring(item, shift.start, shift.end)).map((item) => ({ item, tick: ticks.get(item.id) ?? null }));
}

export function checkCompletion(log: Pick<DutyLog, 'checklist'>, shift: Pick<PageShift, 'id' | 'start' | 'end'>, page: Pick<ShiftLog, 'checks'> | undefined | null, now: number): CheckCompletion {
  const states = shiftChecks(log, shift, page);
  const missing = states.filter((s) => !s.tick).map((s) => s.item);
  return { shiftId: shift.id, done: states.length - missing.length, total: states.length, missing, overdue: missing.length > 0 && now >= shift.end };
}

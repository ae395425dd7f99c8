import { expandShifts } from '../plan/expand';
import type { Plan, PlanCore } from '../plan/schema';
import type { RosterShift } from '../roster/problem';
import type { StaffMember } from '../staff/schema';
import { DutyLogError } from './errors';
import type { DutyLog, ShiftLog } from './schema';

/**
 * The version the log is kept against: the latest published one, under the plan's own id. The
 * planned roster is exactly what was handed out; the log never changes it.
 */
export function loggedCore(plan: Plan): PlanCore {
  const latest = plan.versions.at(-1);
  if (!latest) throw new DutyLogError('NOT_PUBLISHED', { plan: plan.name });
  return { ...latest.plan, id: plan.id };
}

/** A shift as a log page shows it: one of the plan's, or one that vanished on re-publishing. */
export interface PageShift {
  id: string;
  label: string;
  start: number;
  end: number;
  /** The shift is no longer in the published plan; its page keeps what was recorded. */
  vanished: boolean;
  /** Null for a vanished shift. */
  roster: RosterShift | null;
}

const fromRoster = (shift: RosterShift): PageShift => ({ id: shift.id, label: shift.label, start: shift.start, end: shift.end, vanished: false, roster: shift });
const fromPage = (page: ShiftLog): PageShift => ({ id: page.shiftId, label: page.label, start: Date.parse(page.start), end: Date.parse(page.end), vanished: true, roster: null });

/** Every page of the log in time order: the plan's shifts, and the vanished ones that recorded something. */
export function pageShifts(core: PlanCore, log: DutyLog): PageShift[] {
  const shifts = expandShifts(core).map(fromRoster);
  const known = new Set(shifts.map((s) => s.id));
  const vanished = log.shifts.filter((p) => !known.has(p.shiftId)).map(fromPage);
  return [...shifts, ...vanished].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

export function pageOf(log: DutyLog, shiftId: string): ShiftLog | undefined {
  return log.shifts.find((p) => p.shiftId === shiftId);
}

/** Everyone the log can name: the plan's staff as published, then replacements from outside it. */
export function peopleOf(core: Pick<PlanCore, 'staff'>, log: Pick<DutyLog, 'people'>): Map<string, StaffMember> {
  const people = new Map(log.people.map((p) => [p.id, p]));
  for (const member of core.staff) people.set(member.id, member);
  return people;
}

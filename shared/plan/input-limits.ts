import { vnToEpoch } from '../time/zone';
import { expandSeats, expandShifts } from './expand';
import type { DutyWindow, Plan, PlanCore } from './schema';
import { msg, type Message } from '../i18n/message';
import type { MessageKey } from '../i18n/catalog';

/**
 * Bounds on a plan brought in or edited: a holiday's duty is days to weeks, so these leave room
 * while keeping a hostile file (a window from year 0 to 9999, a million assignments) from stalling
 * the app. They hold for input only: a stored plan beyond them still loads.
 */
export const PLAN_LIMITS = { windowDays: 120, staff: 2000, shiftsPerDay: 24, seatsPerShift: 100, assignments: 100_000, versions: 1000 } as const;

const DAY = 86_400_000;

/** A rule of input broken, where, and in words to say. */
export interface Problem {
  where: string;
  message: Message;
}

/** Why a duty window is too long, or null. */
export function windowTooLong(window: DutyWindow): Message | null {
  const days = (vnToEpoch(window.end) - vnToEpoch(window.start)) / DAY;
  return days > PLAN_LIMITS.windowDays ? msg('plans.limit.window', { days: Math.ceil(days), max: PLAN_LIMITS.windowDays }) : null;
}

/** How many of each list a raw plan document has, checked before the (costly) full validation. */
export function rawSizeProblem(raw: unknown): Problem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const doc = raw as Record<string, unknown>;
  const sizes: [string, number][] = [
    ['staff', PLAN_LIMITS.staff],
    ['participants', PLAN_LIMITS.staff],
    ['assignments', PLAN_LIMITS.assignments],
    ['versions', PLAN_LIMITS.versions],
  ];
  for (const [key, max] of sizes) {
    const value = doc[key];
    if (Array.isArray(value) && value.length > max) return { where: key, message: msg('plans.limit.items', { key, count: value.length, max }) };
  }
  return null;
}

const firstRepeat = (ids: readonly string[]): string | undefined => ids.find((id, i) => ids.indexOf(id) !== i);

/** The first broken rule of one plan core (a version's or the working copy), with where it is. */
export function coreProblem(core: PlanCore, at = ''): Problem | null {
  const where = (path: string) => (at ? `${at}.${path}` : path);
  const long = windowTooLong(core.window);
  if (long) return { where: where('window'), message: long };
  if (core.pattern.shifts.length > PLAN_LIMITS.shiftsPerDay) return { where: where('pattern.shifts'), message: msg('plans.limit.shifts', { max: PLAN_LIMITS.shiftsPerDay }) };
  const seatLists = [core.seats.default, ...core.seats.overrides.map((o) => o.seats)];
  if (seatLists.some((seats) => seats.length > PLAN_LIMITS.seatsPerShift)) return { where: where('seats'), message: msg('plans.limit.seats', { max: PLAN_LIMITS.seatsPerShift }) };
  const repeats: [string, string | undefined, MessageKey][] = [
    ['pattern.shifts', firstRepeat(core.pattern.shifts.map((s) => s.id)), 'plans.limit.repeat.shift'],
    ['staff', firstRepeat(core.staff.map((s) => s.id)), 'plans.limit.repeat.staff'],
    ['participants', firstRepeat(core.participants.map((p) => p.staffId)), 'plans.limit.repeat.participant'],
    ['seats.default', firstRepeat(core.seats.default.map((s) => s.id)), 'plans.limit.repeat.seat'],
    ['assignments', firstRepeat(core.assignments.map((a) => a.seatId)), 'plans.limit.repeat.assignment'],
  ];
  for (const [path, id, what] of repeats) if (id !== undefined) return { where: where(path), message: msg('plans.limit.repeated', { what: msg(what), id }) };
  const people = new Set(core.staff.map((s) => s.id));
  const seats = new Set(expandSeats(core, expandShifts(core)).map((s) => s.id));
  const index = core.assignments.findIndex((a) => !seats.has(a.seatId) || !people.has(a.staffId));
  if (index >= 0) {
    const a = core.assignments[index]!;
    const message = seats.has(a.seatId) ? msg('plans.limit.assignedStranger', { id: a.staffId }) : msg('plans.limit.assignedNowhere', { id: a.seatId });
    return { where: where(`assignments[${index}]`), message };
  }
  return null;
}

/**
 * The first rule of input a whole plan breaks (sizes, version numbers, each core), or null. A plan
 * file brought in is refused for it; a plan already in the store still loads and is shown with it as
 * a warning (it was stored before the rule, and moving it aside would lose it).
 */
export function planLimitProblem(plan: Plan): Problem | null {
  const size = rawSizeProblem(plan);
  if (size) return size;
  const numbers = plan.versions.map((v) => v.version);
  const repeated = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (repeated >= 0) return { where: `versions[${repeated}].version`, message: msg('plans.limit.versionTwice', { version: numbers[repeated]! }) };
  return coreProblem(plan) ?? plan.versions.map((v, i) => coreProblem(v.plan, `versions[${i}].plan`)).find((p) => p !== null) ?? null;
}

import { vnToEpoch } from '../time/zone';
import { expandSeats, expandShifts } from './expand';
import type { DutyWindow, Plan, PlanCore } from './schema';

/**
 * Bounds on a plan brought in or edited: a holiday's duty is days to weeks, so these leave room
 * while keeping a hostile file (a window from year 0 to 9999, a million assignments) from stalling
 * the app. They hold for input only: a stored plan beyond them still loads.
 */
export const PLAN_LIMITS = { windowDays: 120, staff: 2000, shiftsPerDay: 24, seatsPerShift: 100, assignments: 100_000, versions: 1000 } as const;

const DAY = 86_400_000;

/** Why a duty window is too long, or null. */
export function windowTooLong(window: DutyWindow): string | null {
  const days = (vnToEpoch(window.end) - vnToEpoch(window.start)) / DAY;
  return days > PLAN_LIMITS.windowDays ? `Thời gian trực dài ${Math.ceil(days)} ngày, quá ${PLAN_LIMITS.windowDays} ngày cho phép của một kế hoạch` : null;
}

/** How many of each list a raw plan document has, checked before the (costly) full validation. */
export function rawSizeProblem(raw: unknown): { where: string; message: string } | null {
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
    if (Array.isArray(value) && value.length > max) return { where: key, message: `"${key}" có ${value.length} mục, quá ${max} cho phép` };
  }
  return null;
}

const firstRepeat = (ids: readonly string[]): string | undefined => ids.find((id, i) => ids.indexOf(id) !== i);

/** The first broken rule of one plan core (a version's or the working copy), with where it is. */
export function coreProblem(core: PlanCore, at = ''): { where: string; message: string } | null {
  const where = (path: string) => (at ? `${at}.${path}` : path);
  const long = windowTooLong(core.window);
  if (long) return { where: where('window'), message: long };
  if (core.pattern.shifts.length > PLAN_LIMITS.shiftsPerDay) return { where: where('pattern.shifts'), message: `Quá ${PLAN_LIMITS.shiftsPerDay} ca một ngày` };
  const seatLists = [core.seats.default, ...core.seats.overrides.map((o) => o.seats)];
  if (seatLists.some((seats) => seats.length > PLAN_LIMITS.seatsPerShift)) return { where: where('seats'), message: `Quá ${PLAN_LIMITS.seatsPerShift} vị trí một ca` };
  const repeats: [string, string | undefined, string][] = [
    ['pattern.shifts', firstRepeat(core.pattern.shifts.map((s) => s.id)), 'ca'],
    ['staff', firstRepeat(core.staff.map((s) => s.id)), 'cán bộ'],
    ['participants', firstRepeat(core.participants.map((p) => p.staffId)), 'người tham gia'],
    ['seats.default', firstRepeat(core.seats.default.map((s) => s.id)), 'vị trí'],
    ['assignments', firstRepeat(core.assignments.map((a) => a.seatId)), 'chỗ được phân công'],
  ];
  for (const [path, id, what] of repeats) if (id !== undefined) return { where: where(path), message: `Mã ${what} "${id}" lặp lại` };
  const people = new Set(core.staff.map((s) => s.id));
  const seats = new Set(expandSeats(core, expandShifts(core)).map((s) => s.id));
  const index = core.assignments.findIndex((a) => !seats.has(a.seatId) || !people.has(a.staffId));
  if (index >= 0) {
    const a = core.assignments[index]!;
    const message = seats.has(a.seatId) ? `Phân công cho người không có trong kế hoạch ("${a.staffId}")` : `Phân công vào chỗ không có trong lịch ("${a.seatId}")`;
    return { where: where(`assignments[${index}]`), message };
  }
  return null;
}

/**
 * The first rule of input a whole plan breaks (sizes, version numbers, each core), or null. A plan
 * file brought in is refused for it; a plan already in the store still loads and is shown with it as
 * a warning (it was stored before the rule, and moving it aside would lose it).
 */
export function planLimitProblem(plan: Plan): { where: string; message: string } | null {
  const size = rawSizeProblem(plan);
  if (size) return size;
  const numbers = plan.versions.map((v) => v.version);
  const repeated = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (repeated >= 0) return { where: `versions[${repeated}].version`, message: `Phiên bản ${numbers[repeated]} có hai lần` };
  return coreProblem(plan) ?? plan.versions.map((v, i) => coreProblem(v.plan, `versions[${i}].plan`)).find((p) => p !== null) ?? null;
}

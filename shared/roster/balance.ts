import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterPerson, RosterProblem, RosterSeat } from './problem';
import { availabilities, maxRelativeLoadByRole, seatRoles } from './load';
import { rosterLookup } from './lookup';
import { leaveDuring, nightRefused, seatMismatch } from './rules';

/**
 * "How fair, given what is possible", per role. Fairness compares availability-relative loads
 * (load.ts); the generator first lowers the largest one of each role. No roster can bring it
 * below `best`, a bound computed from the plan alone, so `score = 100 × best ÷ largest`: 100 when
 * the most loaded person of the role carries no more than some roster must give somebody.
 */
export interface RoleBalance {
  role: StaffRole;
  /** The lowest the role's largest relative load can be, whoever is rostered: the "best achievable" line. */
  best: number;
  /** The role's largest relative load in this roster. */
  largest: number;
  /** 100 × best ÷ largest, at most 100; 100 for a role nobody carries anything in. */
  score: number;
}

const EPS = 1e-9;
/** Weights are products of a few decimal factors: in millionths they are whole numbers. */
const SCALE = 1e6;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The largest step every sum of these weights moves in, 0 when they have no common step. */
function quantum(weights: readonly number[]): number {
  let g = 0;
  for (const w of weights) {
    const scaled = Math.round(w * SCALE);
    if (Math.abs(scaled - w * SCALE) > 1e-3) return 0;
    g = gcd(g, scaled);
  }
  return g / SCALE;
}

/**
 * The smallest M such that people of these availabilities can carry seats of these weights with
 * nobody's load above M × availability. Each person's load is a sum of the weights, so a multiple
 * of their common step q: person i carries at most q⌊M·aᵢ/q⌋, and together they must carry all.
 * M starts at the even split ΣW / Σa and rises through the points where someone's allowance grows
 * by one step (fewer than one per person are needed).
 */
function splitBound(weights: readonly number[], available: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  const capacity = available.reduce((a, b) => a + b, 0);
  if (total === 0 || capacity === 0) return 0;
  let bound = total / capacity;
  const q = quantum(weights);
  if (q === 0) return bound;
  const needed = Math.round(total / q);
  const steps = available.map((a) => Math.floor((bound * a) / q + EPS));
  let carried = steps.reduce((a, b) => a + b, 0);
  // A binary heap of each person's next allowance point, M = (steps + 1)·q / a.
  const heap = available.map((a, i) => ({ at: ((steps[i]! + 1) * q) / a, a }));
  const less = (i: number, j: number) => heap[i]!.at < heap[j]!.at;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const down = (i: number) => {
    for (;;) {
      let m = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < heap.length && less(c, m)) m = c;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let i = Math.floor(heap.length / 2); i >= 0; i--) down(i);
  while (carried < needed && heap.length) {
    const top = heap[0]!;
    bound = top.at;
    carried++;
    top.at += q / top.a;
    down(0);
  }
  return bound;
}

/** Can this person ever take a seat of this kind (role, skill, nights), leave aside? */
const fitsKind = (person: RosterPerson, role: StaffRole, skill: string | null, night: boolean) =>
  person.roles.includes(role) && (skill === null || person.skills.includes(skill)) && !(night && person.noNights);

/** What the bound needs from the plan, per role, worked out once per problem. */
interface RoleBound {
  role: StaffRole;
  /** Per seat of the role: its weight ÷ the availability of the most available person who may take it. */
  heaviest: Map<string, number>;
  /** Groups of the role's seats (all, those needing a skill, night ones) and who may take them. */
  groups: { seats: Set<string>; available: number[] }[];
}

const cache = new WeakMap<RosterProblem, RoleBound[]>();

function roleBounds(problem: RosterProblem): RoleBound[] {
  const cached = cache.get(problem);
  if (cached) return cached;
  const lookup = rosterLookup(problem);
  const avail = availabilities(problem);
  const people = problem.people.filter((p) => avail.get(p.id)! > 0).sort((a, b) => avail.get(b.id)! - avail.get(a.id)!);
  const bounds = seatRoles(problem).map((role): RoleBound => {
    const seats = problem.seats.filter((s) => s.role === role);
    const members = people.filter((p) => p.roles.includes(role));
    const heaviest = new Map<string, number>();
    for (const seat of seats) {
      const shift = lookup.shift(seat.shiftId)!;
      const taker = members.find((p) => !seatMismatch(p, seat) && !nightRefused(p, shift) && !leaveDuring(p, shift));
      if (taker) heaviest.set(seat.id, seat.weight / avail.get(taker.id)!);
    }
    const skills = [null, ...new Set(seats.flatMap((s) => (s.skill === null ? [] : [s.skill])))];
    const groups = skills.flatMap((skill) =>
      [false, true].map((night) => ({
        seats: new Set(seats.filter((s: RosterSeat) => (skill === null || s.skill === skill) && (!night || lookup.shift(s.shiftId)!.night)).map((s) => s.id)),
        available: members.filter((p) => fitsKind(p, role, skill, night)).map((p) => avail.get(p.id)!),
      })),
    );
    return { role, heaviest, groups };
  });
  cache.set(problem, bounds);
  return bounds;
}

/** Per problem, the filled seats the bound was last worked out for, and the bound. */
const lastBound = new WeakMap<RosterProblem, { filled: ReadonlySet<string> | undefined; best: Partial<Record<StaffRole, number>> }>();

const sameSeats = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) => (!a || !b ? a === b : a.size === b.size && [...a].every((id) => b.has(id)));

/**
 * Per role, a lower bound on the largest availability-relative load of any roster that fills the
 * same seats as `assignments` (all seats when omitted), the larger of
 * - the heaviest seat: someone takes it, at best the most available person who may;
 * - the most even split (`splitBound`) of the role's seats, of its seats needing each skill, of
 *   its night seats, over the people who may take them.
 * It is what the fairness chart draws as "best achievable" and what the balance score divides by.
 * Pure; the plan-only part is cached per problem object, so the editor pays it once.
 */
export function bestAchievableLoad(problem: RosterProblem, assignments?: readonly RosterAssignment[]): Partial<Record<StaffRole, number>> {
  const filled = assignments && new Set(assignments.map((a) => a.seatId));
  // An edit that gives a seat to someone else leaves the filled seats, so the bound, as they were.
  const last = lastBound.get(problem);
  if (last && sameSeats(last.filled, filled)) return { ...last.best };
  const weight = new Map(problem.seats.map((s) => [s.id, s.weight]));
  const out: Partial<Record<StaffRole, number>> = {};
  for (const { role, heaviest, groups } of roleBounds(problem)) {
    let best = 0;
    for (const [seatId, ratio] of heaviest) if (!filled || filled.has(seatId)) best = Math.max(best, ratio);
    for (const group of groups) {
      const weights: number[] = [];
      for (const seatId of group.seats) if (!filled || filled.has(seatId)) weights.push(weight.get(seatId)!);
      best = Math.max(best, splitBound(weights, group.available));
    }
    out[role] = best;
  }
  lastBound.set(problem, { filled, best: out });
  return { ...out };
}

/** Each role's balance in this roster, in `seatRoles` order. */
export function roleBalance(problem: RosterProblem, assignments: RosterAssignment[]): RoleBalance[] {
  const best = bestAchievableLoad(problem, assignments);
  const largest = maxRelativeLoadByRole(problem, assignments);
  return seatRoles(problem).map((role) => {
    const b = best[role] ?? 0;
    const l = largest[role] ?? 0;
    return { role, best: b, largest: l, score: l <= b + EPS ? 100 : (100 * b) / l };
  });
}

/** The roster's one balance figure: its least balanced role (100 with no role to balance). */
export function overallBalance(roles: readonly RoleBalance[]): number {
  return Math.min(100, ...roles.map((r) => r.score));
}

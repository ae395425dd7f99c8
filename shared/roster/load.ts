import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterPerson, RosterProblem } from './problem';

/**
 * Fairness compares weighted load relative to availability: someone away half the duty window
 * should carry about half. Availability is the share of the duty window a person is not on leave,
 * leave clipped to the window and overlapping leave counted once; noNights does not lower it
 * (refusing nights is not a reason to carry less). The generator, the fairness panel, the seat
 * picker and the exports all use this one figure.
 */
export function availabilityOf(person: Pick<RosterPerson, 'leave'>, window: Pick<RosterProblem, 'windowStart' | 'windowEnd'>): number {
  const { windowStart: start, windowEnd: end } = window;
  if (end <= start) return 0;
  const clipped = person.leave
    .map((l) => [Math.max(l.start, start), Math.min(l.end, end)] as const)
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  let away = 0;
  let reached = start;
  for (const [a, b] of clipped) {
    away += Math.max(0, b - Math.max(a, reached));
    reached = Math.max(reached, b);
  }
  return 1 - away / (end - start);
}

/** Load per unit of availability; someone never available keeps their raw load. */
export function relativeLoad(load: number, availability: number): number {
  return availability > 0 ? load / availability : load;
}

export function weightedLoads(problem: RosterProblem, assignments: RosterAssignment[]): Map<string, number> {
  const weight = new Map(problem.seats.map((s) => [s.id, s.weight]));
  const loads = new Map(problem.people.map((p) => [p.id, 0]));
  for (const a of assignments) {
    const w = weight.get(a.seatId);
    if (w !== undefined && loads.has(a.staffId)) loads.set(a.staffId, loads.get(a.staffId)! + w);
  }
  return loads;
}

/** Roles that have seats in the plan, in a stable order. */
export function seatRoles(problem: RosterProblem): StaffRole[] {
  return [...new Set(problem.seats.map((s) => s.role))].sort();
}

/**
 * Who is compared with whom: people of a role who are available for some of the window. A person
 * with two roles sits in both groups with their whole load.
 */
export function roleGroup(problem: RosterProblem, role: StaffRole, availability: Map<string, number>): RosterPerson[] {
  return problem.people.filter((p) => p.roles.includes(role) && availability.get(p.id)! > 0);
}

export function availabilities(problem: RosterProblem): Map<string, number> {
  return new Map(problem.people.map((p) => [p.id, availabilityOf(p, problem)]));
}

/** The figure the generator minimises first, per role: the largest availability-relative load. */
export function maxRelativeLoadByRole(problem: RosterProblem, assignments: RosterAssignment[]): Partial<Record<StaffRole, number>> {
  const avail = availabilities(problem);
  const loads = weightedLoads(problem, assignments);
  const out: Partial<Record<StaffRole, number>> = {};
  for (const role of seatRoles(problem)) {
    const rel = roleGroup(problem, role, avail).map((p) => relativeLoad(loads.get(p.id)!, avail.get(p.id)!));
    out[role] = rel.length ? Math.max(...rel) : 0;
  }
  return out;
}

import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterPerson, RosterProblem, RosterShift } from './problem';
import { leaveDuring, shiftHours } from './rules';

/**
 * Fairness compares weighted load relative to availability: someone away half the duty window
 * should carry about half. Availability is the share of the window's shift hours a person is not
 * on leave (noNights does not lower it: refusing nights is not a reason to carry less).
 */
export function availabilityOf(person: RosterPerson, shifts: RosterShift[]): number {
  const total = shifts.reduce((sum, s) => sum + shiftHours(s), 0);
  if (total === 0) return 0;
  const free = shifts.reduce((sum, s) => sum + (leaveDuring(person, s) ? 0 : shiftHours(s)), 0);
  return free / total;
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
  return new Map(problem.people.map((p) => [p.id, availabilityOf(p, problem.shifts)]));
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

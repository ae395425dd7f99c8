import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterProblem } from './problem';
import { type RoleBalance, overallBalance, roleBalance } from './balance';
import { availabilities, relativeLoad, roleGroup, seatRoles } from './load';
import { rosterLookup } from './lookup';
import { shiftHours } from './rules';

export interface PersonFairness {
  staffId: string;
  name: string;
  roles: StaffRole[];
  shifts: number;
  hours: number;
  nights: number;
  giaoThua: number;
  mung1: number;
  /** Sum of the seat weights held. */
  load: number;
  /** Share of the duty window not on leave, 0–1 (load.ts). */
  availability: number;
  /** Load per unit of availability: what fairness compares. */
  relativeLoad: number;
  /** relativeLoad minus the average of each role group the person belongs to. */
  diffFromRoleAverage: Partial<Record<StaffRole, number>>;
}

export interface FairnessReport {
  people: PersonFairness[];
  roleAverage: Partial<Record<StaffRole, number>>;
  /** Per role: the largest relative load against the best any roster could do (balance.ts). */
  roles: RoleBalance[];
  /** 0–100: the least balanced role's score; 100 = as even as the plan allows. */
  balanceScore: number;
}

export function fairnessReport(problem: RosterProblem, assignments: RosterAssignment[]): FairnessReport {
  const lookup = rosterLookup(problem);
  const avail = availabilities(problem);
  const byPerson = new Map(problem.people.map((p) => [p.id, { shifts: 0, hours: 0, nights: 0, giaoThua: 0, mung1: 0, load: 0 }]));
  for (const a of assignments) {
    const seat = lookup.seat(a.seatId);
    const shift = seat && lookup.shift(seat.shiftId);
    const tally = byPerson.get(a.staffId);
    if (!seat || !shift || !tally) continue;
    tally.shifts++;
    tally.hours += shiftHours(shift);
    tally.nights += Number(shift.night);
    tally.giaoThua += Number(shift.specialKinds.includes('giao-thua'));
    tally.mung1 += Number(shift.specialKinds.includes('mung-1'));
    tally.load += seat.weight;
  }
  const rel = (id: string) => relativeLoad(byPerson.get(id)!.load, avail.get(id)!);

  const roleAverage: Partial<Record<StaffRole, number>> = {};
  for (const role of seatRoles(problem)) {
    const group = roleGroup(problem, role, avail).map((p) => rel(p.id));
    roleAverage[role] = group.length ? group.reduce((a, b) => a + b, 0) / group.length : 0;
  }
  const roles = roleBalance(problem, assignments);

  const people = problem.people.map((p): PersonFairness => {
    const diffFromRoleAverage: Partial<Record<StaffRole, number>> = {};
    for (const role of p.roles) {
      const avg = roleAverage[role];
      if (avg !== undefined && avail.get(p.id)! > 0) diffFromRoleAverage[role] = rel(p.id) - avg;
    }
    return { staffId: p.id, name: p.name, roles: p.roles, ...byPerson.get(p.id)!, availability: avail.get(p.id)!, relativeLoad: rel(p.id), diffFromRoleAverage };
  });
  return { people, roleAverage, roles, balanceScore: overallBalance(roles) };
}

import type { PlanCore } from '../plan/schema';
import type { StaffMember } from '../staff/schema';
import { rosterView } from './roster-view';

export interface PersonLoad {
  person: StaffMember;
  shifts: number;
  nights: number;
  /** Shifts on Giao thừa or Mùng 1–3 (the nights and days everyone wants off). */
  specialShifts: number;
  /** The sum of the seats' weights: what fairness compares. */
  load: number;
}

const PEAK = new Set(['giao-thua', 'mung-1', 'mung-2', 'mung-3']);

export function personLoads(core: PlanCore): PersonLoad[] {
  const loads = new Map<string, PersonLoad>();
  for (const { shift, seats } of rosterView(core)) {
    for (const { seat, person } of seats) {
      if (!person) continue;
      const load = loads.get(person.id) ?? { person, shifts: 0, nights: 0, specialShifts: 0, load: 0 };
      load.shifts += 1;
      load.nights += shift.night ? 1 : 0;
      load.specialShifts += shift.specialKinds.some((k) => PEAK.has(k)) ? 1 : 0;
      load.load += seat.weight;
      loads.set(person.id, load);
    }
  }
  return core.staff.flatMap((s) => loads.get(s.id) ?? []);
}

import { rosterPeople } from '../plan/expand';
import type { PlanCore } from '../plan/schema';
import { availabilityOf, relativeLoad } from '../roster/load';
import type { StaffMember } from '../staff/schema';
import { vnToEpoch } from '../time/zone';
import { rosterView } from './roster-view';

export interface PersonLoad {
  person: StaffMember;
  shifts: number;
  nights: number;
  /** Shifts on Giao thừa or Mùng 1–3 (the nights and days everyone wants off). */
  specialShifts: number;
  /** The sum of the seats' weights. */
  load: number;
  /** Share of the duty window not on leave, 0–1, and load ÷ it: what fairness compares (roster/load.ts). */
  availability: number;
  relativeLoad: number;
}

const PEAK = new Set(['giao-thua', 'mung-1', 'mung-2', 'mung-3']);

export function personLoads(core: PlanCore): PersonLoad[] {
  const window = { windowStart: vnToEpoch(core.window.start), windowEnd: vnToEpoch(core.window.end) };
  const availability = new Map(rosterPeople(core).map((p) => [p.id, availabilityOf(p, window)]));
  const loads = new Map<string, PersonLoad>();
  for (const { shift, seats } of rosterView(core)) {
    for (const { seat, person } of seats) {
      if (!person) continue;
      const load = loads.get(person.id) ?? { person, shifts: 0, nights: 0, specialShifts: 0, load: 0, availability: availability.get(person.id) ?? 1, relativeLoad: 0 };
      load.shifts += 1;
      load.nights += shift.night ? 1 : 0;
      load.specialShifts += shift.specialKinds.some((k) => PEAK.has(k)) ? 1 : 0;
      load.load += seat.weight;
      load.relativeLoad = relativeLoad(load.load, load.availability);
      loads.set(person.id, load);
    }
  }
  return core.staff.flatMap((s) => loads.get(s.id) ?? []);
}

import type { RosterAssignment, RosterProblem } from './problem';
import { type Placement, type Violation, placementViolations, scheduleViolations } from './check';
import { availabilities, relativeLoad, weightedLoads } from './load';
import { rosterLookup } from './lookup';

export interface SeatCandidate {
  staffId: string;
  name: string;
  /** What the checker would report if this person took the seat; empty when they may take it. */
  reasons: Violation[];
  load: number;
  relativeLoad: number;
  /** Holds the seat now. */
  current: boolean;
}

const violationKey = (v: Violation) => `${v.code}|${v.seatId}|${v.relatedSeatId ?? ''}`;

/**
 * Everyone of the plan ranked for one seat: those who may take it first, least loaded first, then
 * the others with the checker's reasons why not. The reasons are the checker's own findings for
 * the roster with this person in the seat, so the picker and the checker cannot disagree.
 */
export function rosterCandidates(problem: RosterProblem, assignments: RosterAssignment[], seatId: string): SeatCandidate[] {
  const lookup = rosterLookup(problem);
  const seat = lookup.seat(seatId);
  const shift = seat && lookup.shift(seat.shiftId);
  if (!seat || !shift) throw new RangeError(`Unknown seat ${seatId}`);
  const target: Placement = { seat, shift };

  const held = new Map<string, Placement[]>();
  for (const a of assignments) {
    const s = a.seatId === seatId ? undefined : lookup.seat(a.seatId);
    const sh = s && lookup.shift(s.shiftId);
    if (s && sh) held.set(a.staffId, [...(held.get(a.staffId) ?? []), { seat: s, shift: sh }]);
  }
  const loads = weightedLoads(problem, assignments);
  const avail = availabilities(problem);

  const ranked = problem.people.map((person): SeatCandidate => {
    const others = held.get(person.id) ?? [];
    const before = new Set(scheduleViolations(person, others, problem.rules).map(violationKey));
    const added = scheduleViolations(person, [...others, target], problem.rules).filter((v) => !before.has(violationKey(v)));
    const load = loads.get(person.id)!;
    return {
      staffId: person.id,
      name: person.name,
      reasons: [...placementViolations(person, target), ...added],
      load,
      relativeLoad: relativeLoad(load, avail.get(person.id)!),
      current: assignments.some((a) => a.seatId === seatId && a.staffId === person.id),
    };
  });
  // Someone of the right role who is merely busy or away is a likelier pick than someone who never fits.
  const misfit = (c: SeatCandidate) => Number(c.reasons.some((v) => v.code === 'ROLE_MISMATCH'));
  return ranked.sort(
    (a, b) =>
      Number(a.reasons.length > 0) - Number(b.reasons.length > 0) ||
      misfit(a) - misfit(b) ||
      a.reasons.length - b.reasons.length ||
      a.relativeLoad - b.relativeLoad ||
      a.name.localeCompare(b.name, 'vi'),
  );
}

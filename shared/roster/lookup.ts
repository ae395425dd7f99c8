import type { RosterPerson, RosterProblem, RosterSeat, RosterShift } from './problem';

/** Id lookups over a problem, built once per call instead of searching arrays per assignment. */
export interface RosterLookup {
  shift(id: string): RosterShift | undefined;
  seat(id: string): RosterSeat | undefined;
  person(id: string): RosterPerson | undefined;
}

export function rosterLookup(problem: RosterProblem): RosterLookup {
  const shifts = new Map(problem.shifts.map((s) => [s.id, s]));
  const seats = new Map(problem.seats.map((s) => [s.id, s]));
  const people = new Map(problem.people.map((p) => [p.id, p]));
  return { shift: (id) => shifts.get(id), seat: (id) => seats.get(id), person: (id) => people.get(id) };
}

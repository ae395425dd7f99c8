import { z } from 'zod';
import type { PlanCore } from './schema';

/** One seat whose person changed between two versions. */
export const SeatChange = z.object({
  seatId: z.string(),
  /** `${date}/${shiftTemplateId}`, the shift part of the seat id. */
  shiftId: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type SeatChange = z.infer<typeof SeatChange>;

export const PersonChange = z.object({ staffId: z.string(), name: z.string(), added: z.array(z.string()), removed: z.array(z.string()) });
export type PersonChange = z.infer<typeof PersonChange>;

export const VersionDiff = z.object({
  seats: z.array(SeatChange),
  /** Only people whose shifts changed: whom a re-sent calendar or mail concerns. */
  people: z.array(PersonChange),
  windowChanged: z.boolean(),
});
export type VersionDiff = z.infer<typeof VersionDiff>;

const shiftOf = (seatId: string) => seatId.split('/').slice(0, 2).join('/');

/** What changed from one version (or the working copy) to another: who was added or removed where. */
export function diffVersions(before: PlanCore, after: PlanCore): VersionDiff {
  const was = new Map(before.assignments.map((a) => [a.seatId, a.staffId]));
  const now = new Map(after.assignments.map((a) => [a.seatId, a.staffId]));
  const seats: SeatChange[] = [...new Set([...was.keys(), ...now.keys()])]
    .sort()
    .filter((seatId) => was.get(seatId) !== now.get(seatId))
    .map((seatId) => ({ seatId, shiftId: shiftOf(seatId), before: was.get(seatId) ?? null, after: now.get(seatId) ?? null }));

  const names = new Map([...before.staff, ...after.staff].map((m) => [m.id, m.fullName]));
  const people = new Map<string, PersonChange>();
  const person = (staffId: string) => {
    let change = people.get(staffId);
    if (!change) people.set(staffId, (change = { staffId, name: names.get(staffId) ?? staffId, added: [], removed: [] }));
    return change;
  };
  for (const change of seats) {
    if (change.before) person(change.before).removed.push(change.seatId);
    if (change.after) person(change.after).added.push(change.seatId);
  }
  return {
    seats,
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    windowChanged: before.window.start !== after.window.start || before.window.end !== after.window.end,
  };
}

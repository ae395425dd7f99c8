import { splitDate } from '../time/local';
import type { Rules } from '../plan/schema';
import type { RosterPerson, RosterSeat, RosterShift } from './problem';

/**
 * The hard rules as small pure predicates. The checker, the seat picker, the explanations and the
 * generator all decide "may this person take this shift" through these, so they cannot disagree.
 */

export const HOUR_MS = 3_600_000;

export function shiftHours(shift: RosterShift): number {
  return (shift.end - shift.start) / HOUR_MS;
}

/** A 24 h shift earns the longer rest; the 12 h default is the shift-change rest of Labour Code 2019, Art. 110. */
export function restHoursAfter(shift: RosterShift, rules: Rules): number {
  return shiftHours(shift) >= 24 ? rules.restAfter24hHours : rules.minRestHours;
}

export type PairConflict = { code: 'OVERLAP' } | { code: 'REST_TOO_SHORT'; first: RosterShift; second: RosterShift; gapHours: number; requiredHours: number };

/** Whether one person may work both shifts; order of the arguments does not matter. */
export function pairConflict(a: RosterShift, b: RosterShift, rules: Rules): PairConflict | null {
  if (a.start < b.end && b.start < a.end) return { code: 'OVERLAP' };
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const gapHours = (second.start - first.end) / HOUR_MS;
  const requiredHours = restHoursAfter(first, rules);
  return gapHours < requiredHours ? { code: 'REST_TOO_SHORT', first, second, gapHours, requiredHours } : null;
}

export type SeatMismatch = { kind: 'role' } | { kind: 'skill'; skill: string };

export function seatMismatch(person: RosterPerson, seat: RosterSeat): SeatMismatch | null {
  if (!person.roles.includes(seat.role)) return { kind: 'role' };
  if (seat.skill !== null && !person.skills.includes(seat.skill)) return { kind: 'skill', skill: seat.skill };
  return null;
}

export function leaveDuring(person: RosterPerson, shift: RosterShift): RosterPerson['leave'][number] | null {
  return person.leave.find((l) => l.start < shift.end && shift.start < l.end) ?? null;
}

/** "Không trực đêm" refuses any shift with night work in it (the shift's flag, see night-work.ts). */
export function nightRefused(person: RosterPerson, shift: RosterShift): boolean {
  return person.noNights && shift.night;
}

/** Days since 1970-01-01 of a LocalDate, so "consecutive nights" is plain integer arithmetic. */
export function dayNumber(date: string): number {
  const { year, month, day } = splitDate(date);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Length of the run of consecutive nights worked through the nights `first`…`last` (day numbers
 * of the nights' evenings), counting those as worked: the nights one more shift would add.
 */
export function nightRunThrough(first: number, last: number, hasNight: (day: number) => boolean): number {
  let run = last - first + 1;
  for (let d = first - 1; hasNight(d); d--) run++;
  for (let d = last + 1; hasNight(d); d++) run++;
  return run;
}

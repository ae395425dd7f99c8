import type { Violation } from './check';

/**
 * The violations that concern each seat, for marking cells. A pair rule (overlap, rest) marks
 * both of its seats, since either one may be the one to change.
 */
export function issuesBySeat(violations: readonly Violation[]): Map<string, Violation[]> {
  const bySeat = new Map<string, Violation[]>();
  const add = (seatId: string, v: Violation) => bySeat.set(seatId, [...(bySeat.get(seatId) ?? []), v]);
  for (const v of violations) {
    add(v.seatId, v);
    if (v.relatedSeatId) add(v.relatedSeatId, v);
  }
  return bySeat;
}

const key = (v: Violation) => `${v.code}|${v.seatId}|${v.relatedSeatId ?? ''}|${v.staffId ?? ''}`;

/**
 * The hard-rule violations an edit would add, the ones the user must confirm. An empty seat is
 * not among them: clearing a seat is an ordinary edit and the seat stays listed as unfilled.
 */
export function introducedViolations(before: readonly Violation[], after: readonly Violation[]): Violation[] {
  const known = new Set(before.map(key));
  return after.filter((v) => v.code !== 'SEAT_UNFILLED' && !known.has(key(v)));
}

import type { Violation } from './check';

/**
 * The violations that concern each seat, for marking cells. A pair rule (overlap, rest) marks
 * both of its seats, since either one may be the one to change. Given the map made before an
 * edit, a seat whose violations are the same objects keeps its list from it: the grid redraws a
 * seat only when its list is another one.
 */
export function issuesBySeat(violations: readonly Violation[], previous?: ReadonlyMap<string, readonly Violation[]>): Map<string, Violation[]> {
  const bySeat = new Map<string, Violation[]>();
  const add = (seatId: string, v: Violation) => {
    const list = bySeat.get(seatId);
    if (list) list.push(v);
    else bySeat.set(seatId, [v]);
  };
  for (const v of violations) {
    add(v.seatId, v);
    if (v.relatedSeatId) add(v.relatedSeatId, v);
  }
  if (previous) {
    for (const [seatId, list] of bySeat) {
      const before = previous.get(seatId);
      if (before && before.length === list.length && before.every((v, i) => v === list[i])) bySeat.set(seatId, before as Violation[]);
    }
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

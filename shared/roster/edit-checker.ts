import { checkRoster, type Violation } from './check';
import type { RosterAssignment, RosterProblem } from './problem';

/**
 * The violations of a roster grouped by seat, in the plan's seat order (seats the plan does not
 * have last, by id): the order the checks panel lists them in, and the only order
 * in which a roster checked piece by piece and one checked whole can be compared.
 */
export function inSeatOrder(problem: RosterProblem, violations: readonly Violation[]): Violation[] {
  return flatten(problem, bucket(violations, new Map()));
}

function bucket(violations: readonly Violation[], into: Map<string, Violation[]>): Map<string, Violation[]> {
  for (const v of violations) {
    const list = into.get(v.seatId);
    if (list) list.push(v);
    else into.set(v.seatId, [v]);
  }
  return into;
}

function flatten(problem: RosterProblem, bySeat: ReadonlyMap<string, Violation[]>): Violation[] {
  const out: Violation[] = [];
  const known = new Set<string>();
  for (const seat of problem.seats) {
    known.add(seat.id);
    const list = bySeat.get(seat.id);
    if (list) out.push(...list);
  }
  const unknown = [...bySeat.keys()].filter((id) => !known.has(id)).sort();
  for (const seatId of unknown) out.push(...bySeat.get(seatId)!);
  return out;
}

/** Who holds each seat, in the order of the list: a seat held twice is a violation of its own. */
function holdersOf(assignments: readonly RosterAssignment[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const a of assignments) {
    const list = holders.get(a.seatId);
    if (list) list.push(a.staffId);
    else holders.set(a.seatId, [a.staffId]);
  }
  return holders;
}

const sameHolders = (a: readonly string[] | undefined, b: readonly string[] | undefined) => a === b || (!!a && !!b && a.length === b.length && a.every((id, i) => id === b[i]));

interface Checked {
  holders: Map<string, string[]>;
  bySeat: Map<string, Violation[]>;
}

/**
 * The checker of one problem over a run of edits, as the editor needs it: each roster is checked
 * against the one checked before, and only what an edit can have changed is checked again.
 *
 * Every violation checkRoster gives names the seat it is about (`seatId`): a seat's own rules
 * (unfilled, held twice, role, leave, nights, a broken lock) and a person's schedule rules (overlap,
 * rest, load, consecutive nights), which name one of that person's seats. So after an edit, the
 * seats to check again are the seats that changed holder and every seat held by someone who held
 * or holds one of them (and, for a seat held twice, its other holders too). checkRoster itself
 * checks those seats and people, on the problem cut down to those seats; every other seat keeps its
 * violations, the same objects, so the grid can tell by identity which seats changed.
 *
 * Returns what `inSeatOrder(problem, checkRoster(problem, assignments))` returns (the test
 * edit-checker.test.ts holds it to that over random edits).
 */
export function editChecker(problem: RosterProblem): (assignments: readonly RosterAssignment[]) => Violation[] {
  let last: Checked | null = null;
  return (assignments) => {
    const holders = holdersOf(assignments);
    if (!last) {
      last = { holders, bySeat: bucket(checkRoster(problem, [...assignments]), new Map()) };
      return flatten(problem, last.bySeat);
    }
    const seats = changedSeats(last.holders, holders);
    widenToPeople(seats, last.holders, holders);
    const bySeat = new Map(last.bySeat);
    for (const seatId of seats) bySeat.delete(seatId);
    if (seats.size > 0) {
      const part: RosterProblem = {
        ...problem,
        seats: problem.seats.filter((s) => seats.has(s.id)),
        assignments: problem.assignments.filter((a) => seats.has(a.seatId)),
      };
      bucket(
        checkRoster(
          part,
          assignments.filter((a) => seats.has(a.seatId)),
        ),
        bySeat,
      );
    }
    last = { holders, bySeat };
    return flatten(problem, bySeat);
  };
}

function changedSeats(before: ReadonlyMap<string, string[]>, after: ReadonlyMap<string, string[]>): Set<string> {
  const changed = new Set<string>();
  for (const [seatId, list] of after) if (!sameHolders(list, before.get(seatId))) changed.add(seatId);
  for (const seatId of before.keys()) if (!after.has(seatId)) changed.add(seatId);
  return changed;
}

/**
 * Adds to `seats` every seat of each person who held or holds one of them, until no seat brings in
 * anyone new: a person's schedule is checked over all their seats at once.
 */
function widenToPeople(seats: Set<string>, before: ReadonlyMap<string, string[]>, after: ReadonlyMap<string, string[]>): void {
  const seatsOf = new Map<string, string[]>();
  for (const [seatId, list] of after) {
    for (const staffId of list) {
      const held = seatsOf.get(staffId);
      if (held) held.push(seatId);
      else seatsOf.set(staffId, [seatId]);
    }
  }
  const people = new Set<string>();
  const queue = [...seats];
  for (let seatId = queue.pop(); seatId !== undefined; seatId = queue.pop()) {
    for (const staffId of [...(before.get(seatId) ?? []), ...(after.get(seatId) ?? [])]) {
      if (people.has(staffId)) continue;
      people.add(staffId);
      for (const held of seatsOf.get(staffId) ?? []) {
        if (seats.has(held)) continue;
        seats.add(held);
        queue.push(held);
      }
    }
  }
}

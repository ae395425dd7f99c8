import type { RosterAssignment } from './problem';

/**
 * The editor's changes to a roster, as pure functions over the assignment list. Each returns the
 * same array when nothing changes (a locked seat, a drop onto itself), so the undo history never
 * records a step that did nothing. A locked seat is never changed here: it is unlocked first.
 */
export type Assignments = readonly RosterAssignment[];

export function occupant(assignments: Assignments, seatId: string): RosterAssignment | undefined {
  return assignments.find((a) => a.seatId === seatId);
}

const isLocked = (assignments: Assignments, seatId: string) => occupant(assignments, seatId)?.locked === true;

/** Puts a person in a seat, replacing whoever held it. */
export function assignSeat(assignments: Assignments, seatId: string, staffId: string): Assignments {
  const held = occupant(assignments, seatId);
  if (held?.locked || held?.staffId === staffId) return assignments;
  return [...assignments.filter((a) => a.seatId !== seatId), { seatId, staffId, locked: false }];
}

export function clearSeat(assignments: Assignments, seatId: string): Assignments {
  const held = occupant(assignments, seatId);
  if (!held || held.locked) return assignments;
  return assignments.filter((a) => a !== held);
}

/** Moves the person in `from` to `to`; whoever was in `to` goes to `from` (a swap). */
export function moveSeat(assignments: Assignments, from: string, to: string): Assignments {
  const moving = occupant(assignments, from);
  if (!moving || from === to || moving.locked || isLocked(assignments, to)) return assignments;
  const other = occupant(assignments, to);
  const rest = assignments.filter((a) => a !== moving && a !== other);
  return [...rest, { seatId: to, staffId: moving.staffId, locked: false }, ...(other ? [{ seatId: from, staffId: other.staffId, locked: false }] : [])];
}

/** Locks or unlocks the held seats among `seatIds` (an empty seat has nothing to lock). */
export function setLocked(assignments: Assignments, seatIds: readonly string[], locked: boolean): Assignments {
  const targets = new Set(seatIds);
  if (!assignments.some((a) => targets.has(a.seatId) && a.locked !== locked)) return assignments;
  return assignments.map((a) => (targets.has(a.seatId) && a.locked !== locked ? { ...a, locked } : a));
}

/** Locks the held seats among `seatIds` unless they are all locked already, then unlocks them: one key for both. */
export function toggleLocks(assignments: Assignments, seatIds: readonly string[]): Assignments {
  const targets = new Set(seatIds);
  const held = assignments.filter((a) => targets.has(a.seatId));
  return setLocked(assignments, seatIds, !held.every((a) => a.locked));
}

/**
 * Gives every unlocked seat of `from` to `to` in one edit (one undo step): what a spreadsheet does
 * with Find and Replace, when a person falls ill or swaps the whole holiday with a colleague.
 */
export function handOver(assignments: Assignments, from: string, to: string): Assignments {
  if (from === to || !assignments.some((a) => a.staffId === from && !a.locked)) return assignments;
  return assignments.map((a) => (a.staffId === from && !a.locked ? { ...a, staffId: to } : a));
}

import type { SearchState } from './search-state';

/** Hours either side of an empty seat's shift whose seats may be re-dealt: rest, overlap and runs of nights act within them. */
const HORIZON_HOURS = 48;
/** Seats re-dealt at once around one empty seat: an exact search over more would not finish. */
const NEIGHBOURHOOD = 22;
/** Search nodes per empty seat and in all, counted (not timed) so a seed gives the same roster everywhere. */
const NODES_PER_SEAT = 4000;
const NODES_IN_ALL = 60000;

/**
 * Fills more seats where ejection chains stop: around each empty seat, the nearby seats that share
 * a candidate with it are emptied and dealt again by an exact depth-first search that may leave a
 * seat empty only if the neighbourhood then has fewer empty seats than before. So a person can give
 * up one seat to take two, and chains of any depth inside the neighbourhood are found. When no
 * better deal exists within the node budget the seats go back to whoever held them.
 */
export function fillByExchange(state: SearchState): void {
  const m = state.m;
  let budget = NODES_IN_ALL;
  for (let e = 0; e < m.seats && budget > 0 && state.unfilled > 0; e++) {
    if (m.kept[e] || state.seatPerson[e]! >= 0 || m.candidates[e]!.length === 0) continue;
    const seats = neighbourhood(state, e);
    const before = Int32Array.from(seats, (s) => state.seatPerson[s]!);
    const emptyBefore = before.reduce((n, p) => n + (p < 0 ? 1 : 0), 0);
    seats.forEach((s, i) => before[i]! >= 0 && state.vacate(s));
    // Most constrained first, so a dead end shows early.
    const order = [...seats].sort((a, b) => m.candidates[a]!.length - m.candidates[b]!.length);
    let nodes = Math.min(NODES_PER_SEAT, budget);
    const deal = (i: number, empty: number): boolean => {
      if (empty >= emptyBefore || nodes <= 0) return false;
      if (i === order.length) return true;
      const s = order[i]!;
      for (const q of m.candidates[s]!) {
        if (--nodes <= 0) return false;
        if (!state.canTake(q, s)) continue;
        state.move(s, q);
        if (deal(i + 1, empty)) return true;
        state.vacate(s);
      }
      return deal(i + 1, empty + 1);
    };
    const found = deal(0, 0);
    budget -= Math.min(NODES_PER_SEAT, budget) - Math.max(0, nodes);
    if (found) continue;
    for (const s of seats) if (state.seatPerson[s]! >= 0) state.vacate(s);
    seats.forEach((s, i) => before[i]! >= 0 && state.move(s, before[i]!));
  }
}

/** The empty seat and the unlocked seats near it in time that someone who may take it could also take, nearest first. */
function neighbourhood(state: SearchState, e: number): number[] {
  const m = state.m;
  const start = m.shiftStart[m.seatShift[e]!]!;
  const horizon = HORIZON_HOURS * 3_600_000;
  const mayTakeE = new Set(m.candidates[e]!);
  const near: { s: number; distance: number }[] = [];
  for (let s = 0; s < m.seats; s++) {
    if (s === e || m.kept[s]) continue;
    const distance = Math.abs(m.shiftStart[m.seatShift[s]!]! - start);
    if (distance > horizon) continue;
    if (m.candidates[s]!.some((p) => mayTakeE.has(p))) near.push({ s, distance });
  }
  near.sort((a, b) => a.distance - b.distance || a.s - b.s);
  return [e, ...near.slice(0, NEIGHBOURHOOD - 1).map((n) => n.s)];
}

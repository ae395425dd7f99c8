import type { RosterAssignment } from '../../../../shared/roster/problem';
import type { Violation } from '../../../../shared/roster/check';

interface SeatFacts {
  holders: ReadonlyMap<string, RosterAssignment>;
  issues: ReadonlyMap<string, readonly Violation[]>;
}

/**
 * A seat's holder and problems are the same as at the last render. Edits keep untouched assignments as
 * the same objects and the issues of untouched seats as the same lists (issuesBySeat), so identity is
 * enough: the grid's memoised lines and cells redraw only the seats an edit changed.
 */
export const seatUnchanged = (a: SeatFacts, b: SeatFacts, seatId: string) => a.holders.get(seatId) === b.holders.get(seatId) && a.issues.get(seatId) === b.issues.get(seatId);

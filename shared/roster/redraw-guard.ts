import type { RosterAssignment } from './problem';

/** Who holds which seat, in a form two rosters can be compared by (locks do not change who sits where). */
export function rosterKey(assignments: readonly RosterAssignment[]): string {
  return assignments
    .map((a) => `${a.seatId}=${a.staffId}`)
    .sort()
    .join('|');
}

export interface RedrawSituation {
  assignments: readonly RosterAssignment[];
  /** `rosterKey` of the roster the generator last produced in this editor, null when it has not run here. */
  generated: string | null;
  /** The plan has a published version: redrawing changes what staff already received. */
  published: boolean;
}

/**
 * "Tạo lịch" redraws every seat that is not locked. Over a roster the user cannot get back from the
 * generator — edited by hand, opened from an earlier session, or already published — that throws work
 * away, so it is asked first (only fill empty seats, or redraw all). A roster the generator has just
 * made here, untouched, is redrawn at once: asking for another variant is the point of pressing again.
 */
export function mustAskBeforeRedraw({ assignments, generated, published }: RedrawSituation): boolean {
  if (!assignments.some((a) => !a.locked)) return false;
  return published || rosterKey(assignments) !== generated;
}

import { describe, expect, it } from 'vitest';
import { msg } from '../../shared/i18n';
import type { Violation } from '../../shared/roster/check';
import { assignSeat, clearSeat, type Assignments } from '../../shared/roster/edit';
import { rosterCanRedo, rosterCanUndo, rosterOf, rosterReducer, startRoster, type RosterAction, type RosterState } from '../../renderer/src/screens/roster/roster-state';

const SEAT = '2026-02-14/sang/lanh-dao';
const OTHER = '2026-02-14/chieu/lanh-dao';
const run = (state: RosterState, ...actions: RosterAction[]) => actions.reduce(rosterReducer, state);
const start = () => startRoster({ assignments: assignSeat([], SEAT, 'an'), seed: 1 });
const rest: Violation = { code: 'REST_TOO_SHORT', shiftId: '2026-02-14/chieu', seatId: OTHER, staffId: 'an', text: msg('roster.reason.REST_TOO_SHORT', { hours: 12 }), relatedSeatId: SEAT };

describe('the roster editor’s state', () => {
  it('undo after “Tạo lịch” gives back the roster and the seed it had, redo the generated pair', () => {
    const before = start();
    const generated = { assignments: assignSeat(assignSeat([], SEAT, 'binh'), OTHER, 'chi'), seed: 2 };
    const after = run(before, { type: 'generated', roster: generated });
    expect(rosterOf(after)).toEqual(generated);
    const undone = run(after, { type: 'undo' });
    expect(rosterOf(undone)).toEqual(rosterOf(before));
    expect(rosterOf(run(undone, { type: 'redo' }))).toEqual(generated);
  });

  it('a hand edit keeps the seed, and undoing it brings back the seats only', () => {
    const generated = run(start(), { type: 'generated', roster: { assignments: assignSeat([], SEAT, 'binh'), seed: 5 } });
    const edited = run(generated, { type: 'edit', next: clearSeat(rosterOf(generated).assignments, SEAT) });
    expect(rosterOf(edited)).toEqual({ assignments: [], seed: 5 });
    expect(rosterOf(run(edited, { type: 'undo' }))).toEqual(rosterOf(generated));
    expect(rosterCanUndo(edited)).toBe(true);
  });

  it('an edit that breaks a rule waits: confirmed it is one undo step, dismissed nothing changes', () => {
    const before = start();
    const next: Assignments = assignSeat(rosterOf(before).assignments, OTHER, 'an');
    const asked = run(before, { type: 'ask', edit: { next, violations: [rest] } });
    expect(asked.pending?.violations).toEqual([rest]);
    expect(rosterOf(asked)).toEqual(rosterOf(before));
    expect(run(asked, { type: 'dismiss' })).toEqual({ ...before, pending: null });

    const confirmed = run(asked, { type: 'confirm' });
    expect(confirmed.pending).toBeNull();
    expect(rosterOf(confirmed).assignments).toBe(next);
    expect(rosterOf(run(confirmed, { type: 'undo' }))).toEqual(rosterOf(before));
  });

  it('an edit that changes nothing is no undo step, and a new edit drops what could be redone', () => {
    const before = start();
    expect(run(before, { type: 'edit', next: rosterOf(before).assignments })).toBe(before);
    const edited = run(before, { type: 'edit', next: [] }, { type: 'undo' });
    expect(rosterCanRedo(edited)).toBe(true);
    expect(rosterCanRedo(run(edited, { type: 'edit', next: clearSeat(rosterOf(edited).assignments, SEAT) }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { RosterAssignment } from '../../../shared/roster/problem';
import { mustAskBeforeRedraw, rosterKey } from '../../../shared/roster/redraw-guard';

const a = (seatId: string, staffId: string, locked = false): RosterAssignment => ({ seatId, staffId, locked });
const drawn = [a('d1/sang/kt', 'an'), a('d1/dem/kt', 'binh'), a('d2/sang/kt', 'chi')];

describe('asking before Tạo lịch redraws a roster', () => {
  it('redraws an empty roster, or one whose every seat is locked, without asking: nothing would be lost', () => {
    expect(mustAskBeforeRedraw({ assignments: [], generated: null, published: false })).toBe(false);
    expect(mustAskBeforeRedraw({ assignments: drawn.map((x) => ({ ...x, locked: true })), generated: null, published: true })).toBe(false);
  });

  it('redraws at once the roster the generator just made here (the user asks for another variant)', () => {
    expect(mustAskBeforeRedraw({ assignments: drawn, generated: rosterKey(drawn), published: false })).toBe(false);
    // Locking seats of that roster changes nobody's seat: still the generator's own.
    const locked = drawn.map((x, i) => (i === 0 ? { ...x, locked: true } : x));
    expect(mustAskBeforeRedraw({ assignments: locked, generated: rosterKey(drawn), published: false })).toBe(false);
    // Order is not meaning.
    expect(rosterKey([...drawn].reverse())).toBe(rosterKey(drawn));
  });

  it('asks once a seat was changed by hand after the generator ran', () => {
    const swapped = [a('d1/sang/kt', 'binh'), a('d1/dem/kt', 'an'), drawn[2]!];
    expect(mustAskBeforeRedraw({ assignments: swapped, generated: rosterKey(drawn), published: false })).toBe(true);
    const cleared = drawn.slice(0, 2);
    expect(mustAskBeforeRedraw({ assignments: cleared, generated: rosterKey(drawn), published: false })).toBe(true);
  });

  it('asks over a roster made before this editor opened (it may hold hand edits nobody can tell apart)', () => {
    expect(mustAskBeforeRedraw({ assignments: drawn, generated: null, published: false })).toBe(true);
  });

  it('asks over a published roster even if the generator just made it: staff would receive the changes', () => {
    expect(mustAskBeforeRedraw({ assignments: drawn, generated: rosterKey(drawn), published: true })).toBe(true);
  });
});

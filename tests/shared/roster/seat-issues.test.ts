import { describe, expect, it } from 'vitest';
import { msg } from '../../../shared/i18n';
import type { Violation } from '../../../shared/roster/check';
import { introducedViolations, issuesBySeat } from '../../../shared/roster/seat-issues';

const rest: Violation = { code: 'REST_TOO_SHORT', shiftId: 'd/chieu', seatId: 'd/chieu/x', staffId: 'a', text: msg('roster.checks.ok'), relatedSeatId: 'd/sang/x' };
const unfilled: Violation = { code: 'SEAT_UNFILLED', shiftId: 'd/dem', seatId: 'd/dem/x', staffId: null, text: msg('roster.checks.ok') };

describe('seat issues', () => {
  it('marks both seats of a pair rule', () => {
    const bySeat = issuesBySeat([rest, unfilled]);
    expect(bySeat.get('d/chieu/x')).toEqual([rest]);
    expect(bySeat.get('d/sang/x')).toEqual([rest]);
    expect(bySeat.get('d/dem/x')).toEqual([unfilled]);
  });

  it('keeps a seat’s list from before an edit when its violations are the same, and only then', () => {
    const before = issuesBySeat([rest, unfilled]);
    const after = issuesBySeat([rest, { ...unfilled }], before);
    expect(after.get('d/chieu/x')).toBe(before.get('d/chieu/x'));
    expect(after.get('d/sang/x')).toBe(before.get('d/sang/x'));
    expect(after.get('d/dem/x')).not.toBe(before.get('d/dem/x'));
  });

  it('names only the violations an edit adds, never an emptied seat', () => {
    expect(introducedViolations([], [rest, unfilled])).toEqual([rest]);
    expect(introducedViolations([rest], [{ ...rest, text: msg('roster.checks.title') }])).toEqual([]);
    expect(introducedViolations([rest], [{ ...rest, staffId: 'b' }])).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { changesByShift } from '../../../shared/plan/diff-by-shift';

describe('changesByShift', () => {
  it('groups seat changes by shift, in day order', () => {
    const groups = changesByShift({
      seats: [
        { seatId: '2026-02-17/dem/ky-thuat', shiftId: '2026-02-17/dem', before: 'a', after: 'b' },
        { seatId: '2026-02-16/sang/lanh-dao', shiftId: '2026-02-16/sang', before: null, after: 'c' },
        { seatId: '2026-02-17/dem/lanh-dao', shiftId: '2026-02-17/dem', before: 'd', after: null },
      ],
    });
    expect(groups.map((g) => [g.date, g.templateId, g.seats.length])).toEqual([
      ['2026-02-16', 'sang', 1],
      ['2026-02-17', 'dem', 2],
    ]);
    expect(groups[1]!.seats.map((s) => s.seatId)).toEqual(['2026-02-17/dem/ky-thuat', '2026-02-17/dem/lanh-dao']);
  });
});

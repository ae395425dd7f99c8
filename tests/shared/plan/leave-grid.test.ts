import { describe, expect, it } from 'vitest';
import { markOfKey, markOfText, markOn, setMark } from '../../../shared/plan/leave-grid';
import type { Participant } from '../../../shared/plan/schema';

const reasons = { away: 'Về quê', noNight: 'Không trực đêm' };
const blank: Participant = { staffId: 's1', leave: [], noNights: false, preferredDays: [], avoidedDays: [] };

describe('leave grid marks', () => {
  it('reads the keys and pasted cells of a spreadsheet', () => {
    expect(['n', 'N', 'đ', 'D', '+', '-', '−', 'Delete', 'x'].map(markOfKey)).toEqual(['N', 'N', 'Đ', 'Đ', '+', '−', '−', '', null]);
    expect([' N ', '', 'đ', 'Nghỉ'].map(markOfText)).toEqual(['N', '', 'Đ', null]);
  });

  it('stores N as a whole day away, merged with the days beside it, and reads it back', () => {
    const two = setMark(setMark(blank, '2026-02-15', 'N', reasons), '2026-02-16', 'N', reasons);
    expect(two.leave).toEqual([{ start: '2026-02-15T00:00', end: '2026-02-17T00:00', reason: 'Về quê' }]);
    expect(markOn(two, '2026-02-15')).toBe('N');
    expect(markOn(two, '2026-02-16')).toBe('N');
    expect(markOn(two, '2026-02-17')).toBe('');
    // Clearing the first day splits the range instead of dropping both.
    expect(setMark(two, '2026-02-15', '', reasons).leave).toEqual([{ start: '2026-02-16T00:00', end: '2026-02-17T00:00', reason: 'Về quê' }]);
  });

  it('stores Đ as that night only, 22:00 to 06:00, kept when the next day is typed', () => {
    const night = setMark(blank, '2026-02-16', 'Đ', reasons);
    expect(night.leave).toEqual([{ start: '2026-02-16T22:00', end: '2026-02-17T06:00', reason: 'Không trực đêm' }]);
    expect(markOn(night, '2026-02-16')).toBe('Đ');
    expect(markOn(night, '2026-02-17')).toBe('');
    const next = setMark(night, '2026-02-17', '+', reasons);
    expect(next.leave).toEqual(night.leave);
    expect(next.preferredDays).toEqual(['2026-02-17']);
  });

  it('stores + and − as preferred and avoided days, one mark a day', () => {
    const wish = setMark(blank, '2026-02-14', '+', reasons);
    expect(markOn(wish, '2026-02-14')).toBe('+');
    const avoid = setMark(wish, '2026-02-14', '−', reasons);
    expect(avoid).toMatchObject({ preferredDays: [], avoidedDays: ['2026-02-14'] });
    expect(setMark(avoid, '2026-02-14', 'N', reasons)).toMatchObject({ avoidedDays: [], leave: [{ start: '2026-02-14T00:00' }] });
  });

  it('shows a range entered with exact times in the panel as partial, and leaves it alone until typed over', () => {
    const morning: Participant = { ...blank, leave: [{ start: '2026-02-14T08:00', end: '2026-02-14T12:00', reason: 'Khám bệnh' }] };
    expect(markOn(morning, '2026-02-14')).toBe('partial');
    expect(setMark(morning, '2026-02-14', 'partial', reasons)).toBe(morning);
    expect(setMark(morning, '2026-02-14', '', reasons).leave).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { inVietnamese } from '../../helpers/said';
import { leaveOutsideWindow, leaveOverlaps } from '../../../shared/plan/leave';
import { TET_2026_WINDOW } from '../../helpers/tet-plan';

const leave = (start: string, end: string, reason = '') => ({ start, end, reason });

describe('leaveOverlaps', () => {
  it('finds each overlapping pair once', () => {
    const problems = leaveOverlaps({
      leave: [leave('2026-02-14T08:00', '2026-02-18T17:00', 'Về quê ăn Tết'), leave('2026-02-20T08:00', '2026-02-21T17:00'), leave('2026-02-17T08:00', '2026-02-19T17:00', 'Nghỉ phép')],
    });
    expect(problems.map(inVietnamese)).toEqual([
      {
        kind: 'overlap',
        leaveIndexes: [0, 2],
        message: 'Hai kỳ nghỉ chồng nhau: 14/02/2026 08:00 – 18/02/2026 17:00 (Về quê ăn Tết) và 17/02/2026 08:00 – 19/02/2026 17:00 (Nghỉ phép)',
      },
    ]);
  });

  it('lets one leave end when the next begins', () => {
    expect(leaveOverlaps({ leave: [leave('2026-02-14T08:00', '2026-02-16T08:00'), leave('2026-02-16T08:00', '2026-02-17T08:00')] })).toEqual([]);
  });

  it('finds identical ranges entered twice, and none in an empty list', () => {
    const twice = leave('2026-02-14T08:00', '2026-02-16T08:00');
    expect(leaveOverlaps({ leave: [twice, twice] })).toHaveLength(1);
    expect(leaveOverlaps({ leave: [] })).toEqual([]);
  });
});

describe('leaveOutsideWindow', () => {
  it('reports leave entirely outside the duty window, not leave that reaches into it', () => {
    const problems = leaveOutsideWindow(
      {
        leave: [
          leave('2025-02-14T08:00', '2025-02-18T17:00', 'Sai năm'),
          leave('2026-02-10T08:00', '2026-02-14T08:00'),
          leave('2026-02-23T07:30', '2026-02-24T17:00'),
          leave('2026-02-10T08:00', '2026-02-13T17:00'),
        ],
      },
      TET_2026_WINDOW,
    );
    expect(problems.map(inVietnamese)).toEqual([
      { kind: 'outside-window', leaveIndexes: [0], message: 'Kỳ nghỉ 14/02/2025 08:00 – 18/02/2025 17:00 (Sai năm) nằm ngoài thời gian trực' },
      { kind: 'outside-window', leaveIndexes: [2], message: 'Kỳ nghỉ 23/02/2026 07:30 – 24/02/2026 17:00 nằm ngoài thời gian trực' },
      { kind: 'outside-window', leaveIndexes: [3], message: 'Kỳ nghỉ 10/02/2026 08:00 – 13/02/2026 17:00 nằm ngoài thời gian trực' },
    ]);
  });

  it('says the leave in English under the English UI, its reason as it was typed', () => {
    const [outside] = leaveOutsideWindow({ leave: [leave('2025-02-14T08:00', '2025-02-18T17:00', 'Wrong year')] }, TET_2026_WINDOW);
    const [overlap] = leaveOverlaps({ leave: [leave('2026-02-14T08:00', '2026-02-16T08:00'), leave('2026-02-15T20:00', '2026-02-17T08:00')] });
    expect(say('en', outside!.message)).toBe('The leave 14/02/2025 08:00 – 18/02/2025 17:00 (Wrong year) is outside the duty window');
    expect(say('en', overlap!.message)).toBe('Two leave periods overlap: 14/02/2026 08:00 – 16/02/2026 08:00 and 15/02/2026 20:00 – 17/02/2026 08:00');
  });

  it('carries the moments as data, written with their year in either language: a leave typed in the wrong year says so', () => {
    const [problem] = leaveOutsideWindow({ leave: [leave('2025-02-16T07:05', '2025-02-17T21:30')] }, TET_2026_WINDOW);
    expect(problem!.message.params).toEqual({
      leave: { code: 'setup.problem.leave', params: { start: { moment: '2025-02-16T07:05', year: true }, end: { moment: '2025-02-17T21:30', year: true } } },
    });
    expect(say('vi', problem!.message)).toBe('Kỳ nghỉ 16/02/2025 07:05 – 17/02/2025 21:30 nằm ngoài thời gian trực');
    expect(say('en', problem!.message)).toBe('The leave 16/02/2025 07:05 – 17/02/2025 21:30 is outside the duty window');
  });
});

import { describe, expect, it } from 'vitest';
import { windowDays } from '../../../shared/plan/window-days';

describe('windowDays', () => {
  it('lists each day with the hours cut at both ends', () => {
    const days = windowDays({ start: '2026-02-13T17:00', end: '2026-02-23T07:30' });
    expect(days).toHaveLength(11);
    expect(days[0]).toEqual({ date: '2026-02-13', from: '17:00', until: null });
    expect(days[1]).toEqual({ date: '2026-02-14', from: null, until: null });
    expect(days.at(-1)).toEqual({ date: '2026-02-23', from: null, until: '07:30' });
  });

  it('handles a window within one day and one ending at midnight', () => {
    expect(windowDays({ start: '2026-02-16T08:00', end: '2026-02-16T20:00' })).toEqual([{ date: '2026-02-16', from: '08:00', until: '20:00' }]);
    expect(windowDays({ start: '2026-02-16T00:00', end: '2026-02-18T00:00' })).toEqual([
      { date: '2026-02-16', from: null, until: null },
      { date: '2026-02-17', from: null, until: null },
    ]);
  });
});

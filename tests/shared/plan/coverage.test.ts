import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { inVietnamese } from '../../helpers/said';
import { patternCoverage, snapWindowToShifts } from '../../../shared/plan/coverage';
import { PATTERN_PRESETS, presetPattern, type PatternPresetId, type ShiftPattern } from '../../../shared/plan/pattern';
import { TET_2026_WINDOW } from '../../helpers/tet-plan';

const custom = (...shifts: [string, string, string][]): ShiftPattern => ({
  presetId: null,
  shifts: shifts.map(([label, start, end], i) => ({ id: `ca-${i + 1}`, label, start, end })),
});

describe('patternCoverage', () => {
  it.each(Object.keys(PATTERN_PRESETS) as PatternPresetId[])('preset %s covers the 24 hours exactly once', (id) => {
    expect(patternCoverage(presetPattern(id))).toEqual([]);
  });

  it('reports a gap', () => {
    expect(patternCoverage(custom(['Ca sáng', '06:00', '14:00'], ['Ca chiều', '15:00', '22:00'], ['Ca đêm', '22:00', '06:00'])).map(inVietnamese)).toEqual([
      { kind: 'gap', from: '14:00', to: '15:00', message: 'Khoảng trống 14:00–15:00' },
    ]);
  });

  it('reports an overlap, naming both shifts', () => {
    expect(patternCoverage(custom(['Ca sáng', '06:00', '14:00'], ['Ca chiều', '13:00', '22:00'], ['Ca đêm', '22:00', '06:00'])).map(inVietnamese)).toEqual([
      { kind: 'overlap', shiftIds: ['ca-1', 'ca-2'], from: '13:00', to: '14:00', message: 'Ca sáng và Ca chiều chồng nhau 13:00–14:00' },
    ]);
  });

  it('joins a gap or an overlap across midnight into one', () => {
    expect(patternCoverage(custom(['Ca ngày', '06:00', '22:00'])).map((p) => say('vi', p.message))).toEqual(['Khoảng trống 22:00–06:00']);
    expect(patternCoverage(custom(['Ca ngày', '07:00', '23:00'], ['Ca đêm', '22:00', '08:00'])).map((p) => say('vi', p.message))).toEqual([
      'Ca ngày và Ca đêm chồng nhau 07:00–08:00',
      'Ca ngày và Ca đêm chồng nhau 22:00–23:00',
    ]);
  });

  it('reports two 24 h shifts as overlapping all day, and shifts sharing an id', () => {
    const pattern: ShiftPattern = {
      presetId: null,
      shifts: [
        { id: 'a', label: '', start: '07:30', end: '07:30' },
        { id: 'a', label: 'Ca B', start: '08:00', end: '08:00' },
      ],
    };
    expect(patternCoverage(pattern).map((p) => say('vi', p.message))).toEqual(['Hai ca cùng mã "a"', 'a và Ca B chồng nhau cả ngày']);
  });

  it('says gaps, overlaps and shared ids in English under the English UI, the shift names as the plan has them', () => {
    const gapAndOverlap = custom(['Morning', '06:00', '14:00'], ['Afternoon', '13:00', '22:00']);
    expect(patternCoverage(gapAndOverlap).map((p) => say('en', p.message))).toEqual(['No shift covers 22:00–06:00', 'Morning and Afternoon overlap 13:00–14:00']);
    const twice: ShiftPattern = { presetId: null, shifts: [0, 1].map(() => ({ id: 'a', label: '', start: '07:30', end: '07:30' })) };
    expect(patternCoverage(twice).map((p) => say('en', p.message))).toEqual(['Two shifts have the id "a"', 'a and a overlap the whole day']);
  });
});

describe('snapWindowToShifts', () => {
  it('widens the Tết window to the 3 × 8 boundaries around it, never leaving a part uncovered', () => {
    // The nearest boundaries would be 14:00 and 06:00, leaving 06:00–07:30 on 23/02 without a shift.
    expect(snapWindowToShifts(TET_2026_WINDOW, presetPattern('3x8'))).toEqual({ start: '2026-02-13T14:00', end: '2026-02-23T14:00' });
  });

  it('keeps boundaries that already match, looking across midnight', () => {
    expect(snapWindowToShifts(TET_2026_WINDOW, presetPattern('24h'))).toEqual({ start: '2026-02-13T07:30', end: '2026-02-23T07:30' });
    expect(snapWindowToShifts({ start: '2026-02-13T23:30', end: '2026-02-14T05:00' }, presetPattern('3x8'))).toEqual({
      start: '2026-02-13T22:00',
      end: '2026-02-14T06:00',
    });
  });

  it('widens a window that ends just after a boundary by a whole shift', () => {
    expect(snapWindowToShifts({ start: '2026-02-13T07:30', end: '2026-02-20T07:31' }, presetPattern('2x12'))).toEqual({
      start: '2026-02-13T07:30',
      end: '2026-02-20T19:30',
    });
  });

  it('keeps a short window open', () => {
    expect(snapWindowToShifts({ start: '2026-02-13T08:00', end: '2026-02-13T09:00' }, presetPattern('3x8'))).toEqual({
      start: '2026-02-13T06:00',
      end: '2026-02-13T14:00',
    });
  });

  it.each(Object.keys(PATTERN_PRESETS) as PatternPresetId[])('with preset %s the snapped window contains the typed one, start and end on boundaries', (id) => {
    const pattern = presetPattern(id);
    const bounds = new Set(pattern.shifts.flatMap((s) => [s.start, s.end]));
    for (const window of [TET_2026_WINDOW, { start: '2026-04-29T17:15', end: '2026-05-04T07:45' }, { start: '2026-12-31T23:59', end: '2027-01-01T00:01' }]) {
      const snapped = snapWindowToShifts(window, pattern);
      expect(snapped.start <= window.start && snapped.end >= window.end).toBe(true);
      expect(bounds.has(snapped.start.slice(11)) && bounds.has(snapped.end.slice(11))).toBe(true);
    }
  });
});

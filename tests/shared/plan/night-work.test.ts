import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planToProblem } from '../../../shared/plan/expand';
import { NIGHT_MINUTES, nightMinutes, nightWeightFactor, nightsOverlapped, shiftNightDates, splitDayNight } from '../../../shared/plan/night-work';
import { presetPattern, type PatternPresetId } from '../../../shared/plan/pattern';
import { MINUTES_PER_DAY, fromWallMinutes, wallMinutes } from '../../../shared/plan/wall-clock';
import { epochToVn } from '../../../shared/time/zone';
import { tetPlan } from '../../helpers/tet-plan';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';

const at = (local: string) => wallMinutes(local);
/** Minute by minute: which night (by its evening's date) a minute of the wall clock is in, if any. */
function nightOfMinute(minute: number): string | null {
  const ofDay = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (ofDay >= 22 * 60) return fromWallMinutes(minute).slice(0, 10);
  if (ofDay < 6 * 60) return fromWallMinutes(minute - MINUTES_PER_DAY).slice(0, 10);
  return null;
}
function bruteForce(start: number, end: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let m = start; m < end; m++) {
    const night = nightOfMinute(m);
    if (night) out.set(night, (out.get(night) ?? 0) + 1);
  }
  return out;
}

/** Any moment of 2024–2027 on the minute, and a span from it of up to 24 h. */
const moment = fc.integer({ min: at('2024-01-01T00:00'), max: at('2027-12-31T00:00') });
const span = fc.record({ start: moment, length: fc.integer({ min: 1, max: MINUTES_PER_DAY }) }).map(({ start, length }) => ({ start, end: start + length }));

describe('nightsOverlapped: the Art. 106 nights (22:00–06:00) a span touches', () => {
  it('names a night by its evening: 02:00–08:00 on 07/02 belongs to the night of 06/02', () => {
    expect(nightsOverlapped(at('2026-02-07T02:00'), at('2026-02-07T08:00'))).toEqual([{ date: '2026-02-06', minutes: 240 }]);
    expect(nightsOverlapped(at('2026-02-06T20:00'), at('2026-02-07T02:00'))).toEqual([{ date: '2026-02-06', minutes: 240 }]);
    expect(nightsOverlapped(at('2026-02-06T14:00'), at('2026-02-06T22:00'))).toEqual([]);
    expect(nightsOverlapped(at('2026-02-06T06:00'), at('2026-02-06T14:00'))).toEqual([]);
  });

  it('agrees minute by minute with the definition, on any span of up to 24 h (property)', () => {
    fc.assert(
      fc.property(span, ({ start, end }) => {
        const expected = [...bruteForce(start, end)].map(([date, minutes]) => ({ date, minutes }));
        expect(nightsOverlapped(start, end)).toEqual(expected);
        expect(nightMinutes(start, end)).toBe(expected.reduce((s, n) => s + n.minutes, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('a 24 h shift, whenever it starts, holds exactly one night’s worth of night work and the full night weight (property)', () => {
    fc.assert(
      fc.property(moment, (start) => {
        expect(nightMinutes(start, start + MINUTES_PER_DAY)).toBe(NIGHT_MINUTES);
        expect(nightWeightFactor(nightMinutes(start, start + MINUTES_PER_DAY), 1.5)).toBe(1.5);
        const nights = nightsOverlapped(start, start + MINUTES_PER_DAY);
        expect(nights.length).toBeGreaterThanOrEqual(1);
        expect(nights.length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('clipping a shift keeps only nights it had, never adds night minutes, never raises its night weight (property)', () => {
    fc.assert(
      fc.property(span, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), ({ start, end }, a, b) => {
        const clipStart = start + Math.floor(Math.min(a, b) * (end - start));
        const clipEnd = Math.max(clipStart + 1, start + Math.ceil(Math.max(a, b) * (end - start)));
        const whole = new Map(nightsOverlapped(start, end).map((n) => [n.date, n.minutes]));
        for (const n of nightsOverlapped(clipStart, clipEnd)) expect(n.minutes).toBeLessThanOrEqual(whole.get(n.date) ?? -1);
        expect(nightWeightFactor(nightMinutes(clipStart, clipEnd), 1.5)).toBeLessThanOrEqual(nightWeightFactor(nightMinutes(start, end), 1.5));
      }),
    );
  });

  it('a 00:00–06:00 shift is all night, on the night of the day before, at three quarters of the night extra (property)', () => {
    fc.assert(
      fc.property(moment, (m) => {
        const midnight = Math.floor(m / MINUTES_PER_DAY) * MINUTES_PER_DAY;
        const before = fromWallMinutes(midnight - MINUTES_PER_DAY).slice(0, 10);
        expect(nightsOverlapped(midnight, midnight + 360)).toEqual([{ date: before, minutes: 360 }]);
        expect(nightWeightFactor(360, 1.5)).toBe(1.375);
      }),
    );
  });
});

describe('splitDayNight: the timesheet’s pieces', () => {
  it('cuts at 06:00, 22:00 and midnight; pieces tile the span and agree with the minute-by-minute definition (property)', () => {
    fc.assert(
      fc.property(span, ({ start, end }) => {
        const pieces = splitDayNight(start, end);
        expect(pieces[0]!.start).toBe(start);
        expect(pieces.at(-1)!.end).toBe(end);
        pieces.forEach((p, i) => {
          if (i > 0) expect(p.start).toBe(pieces[i - 1]!.end);
          expect(Math.floor(p.start / MINUTES_PER_DAY)).toBe(Math.floor((p.end - 1) / MINUTES_PER_DAY));
          for (let m = p.start; m < p.end; m += 17) expect(nightOfMinute(m) !== null).toBe(p.night);
        });
        expect(pieces.filter((p) => p.night).reduce((s, p) => s + p.end - p.start, 0)).toBe(nightMinutes(start, end));
      }),
      { numRuns: 200 },
    );
  });
});

describe('plan expansion carries the night definition on every shift', () => {
  const presets: PatternPresetId[] = ['3x8', '2x12', '24h', 'office-night'];
  it('night, nightDates and nightMinutes of each expanded shift are its times read with Art. 106, clipped first and last shifts included (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...presets), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 }), (preset, startHour, endHour) => {
        const window = { start: `2026-02-13T${String(startHour).padStart(2, '0')}:15`, end: `2026-02-16T${String(endHour).padStart(2, '0')}:45` };
        const { shifts } = planToProblem(tetPlan({ pattern: presetPattern(preset), window }), DEFAULT_SKILLS);
        for (const shift of shifts) {
          const expected = bruteForce(wallMinutes(epochToVn(shift.start)), wallMinutes(epochToVn(shift.end)));
          expect(shift.nightDates).toEqual([...expected.keys()]);
          expect(shift.nightMinutes).toBe([...expected.values()].reduce((a, b) => a + b, 0));
          expect(shift.night).toBe(expected.size > 0);
          expect(shiftNightDates({ ...shift, nightDates: undefined })).toEqual(shift.nightDates);
        }
      }),
      { numRuns: 40 },
    );
  });
});

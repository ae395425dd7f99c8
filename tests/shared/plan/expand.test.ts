import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandSeats, expandShifts, planToProblem } from '../../../shared/plan/expand';
import { presetPattern, type SeatTemplate } from '../../../shared/plan/pattern';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';
import { fromWallMinutes, wallMinutes } from '../../../shared/plan/wall-clock';
import { tetPlan } from '../../helpers/tet-plan';
import { vn } from '../../helpers/clock';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';

describe('expandShifts over the Tết 2026 window with 3 × 8', () => {
  const shifts = expandShifts(tetPlan());
  const byId = (id: string) => shifts.find((s) => s.id === id)!;

  it('clips the first shift to 17:00–22:00 and the last to 06:00–07:30', () => {
    expect(shifts[0]).toMatchObject({ id: '2026-02-13/chieu', label: 'Ca chiều', start: vn('2026-02-13T17:00'), end: vn('2026-02-13T22:00') });
    expect(shifts.at(-1)).toMatchObject({ id: '2026-02-23/sang', start: vn('2026-02-23T06:00'), end: vn('2026-02-23T07:30') });
  });

  it('has 30 shifts (2 on 13/02, 3 a day for 9 days, 1 on 23/02), back to back without gaps', () => {
    expect(shifts).toHaveLength(30);
    shifts.slice(1).forEach((s, i) => expect(s.start).toBe(shifts[i]!.end));
  });

  it('dates a night shift by the day it starts', () => {
    expect(byId('2026-02-16/dem')).toMatchObject({ date: '2026-02-16', start: vn('2026-02-16T22:00'), end: vn('2026-02-17T06:00') });
  });

  it('marks night shifts: any of them between 22:00 and 06:00 (14:00–22:00 ends as the night begins)', () => {
    expect(shifts.filter((s) => s.night).map((s) => s.templateId)).toEqual(Array(10).fill('dem'));
  });

  it('gives Giao thừa to the evening and night of 16/02, not Mùng 1 too', () => {
    expect(byId('2026-02-16/sang').specialKinds).toEqual(['holiday']);
    expect(byId('2026-02-16/chieu').specialKinds).toEqual(['holiday', 'giao-thua']);
    expect(byId('2026-02-16/dem').specialKinds).toEqual(['holiday', 'giao-thua']);
    expect(byId('2026-02-17/sang').specialKinds).toEqual(['holiday', 'mung-1']);
    expect(byId('2026-02-17/dem').specialKinds).toEqual(['holiday', 'mung-1', 'mung-2']);
  });

  it('multiplies weights: night × the day (holiday, or Giao thừa / Mùng 1 instead of holiday)', () => {
    expect(byId('2026-02-13/chieu').weight).toBe(1); // last working afternoon
    expect(byId('2026-02-13/dem').weight).toBe(1.5 * 1.5); // the night into the days off
    expect(byId('2026-02-14/sang').weight).toBe(1.5);
    expect(byId('2026-02-16/chieu').weight).toBe(2);
    expect(byId('2026-02-16/dem').weight).toBe(1.5 * 2); // a Giao thừa night
    expect(byId('2026-02-17/chieu').weight).toBe(2);
    expect(byId('2026-02-17/dem').weight).toBe(1.5 * 2);
    expect(byId('2026-02-23/sang').weight).toBe(1); // back to work
  });

  it('uses the plan’s edited weights', () => {
    const edited = expandShifts(tetPlan({ weights: { night: 2, holiday: 1.2, giaoThua: 3, mung1: 2.5, standbyFactor: 0.5 } }));
    expect(edited.find((s) => s.id === '2026-02-16/dem')!.weight).toBe(6);
    expect(edited.find((s) => s.id === '2026-02-15/dem')!.weight).toBeCloseTo(2.4);
  });
});

describe('expandShifts with other patterns', () => {
  it('2 × 12: the Giao thừa shift is the night one, not the day shift ending 19:30', () => {
    const shifts = expandShifts(tetPlan({ pattern: presetPattern('2x12') }));
    const kinds = (id: string) => shifts.find((s) => s.id === id)!.specialKinds;
    expect(kinds('2026-02-16/ngay')).not.toContain('giao-thua');
    expect(kinds('2026-02-16/dem')).toContain('giao-thua');
    expect(shifts[0]).toMatchObject({ id: '2026-02-13/ngay', start: vn('2026-02-13T17:00'), end: vn('2026-02-13T19:30') });
    expect(shifts.at(-1)).toMatchObject({ id: '2026-02-22/dem', end: vn('2026-02-23T07:30') });
    expect(shifts).toHaveLength(20);
  });

  it('24 h 07:30–07:30 runs into the next day and contains the whole night: night work at the full night weight', () => {
    const shifts = expandShifts(tetPlan({ pattern: presetPattern('24h') }));
    expect(shifts[0]).toMatchObject({ id: '2026-02-13/ngay-dem', start: vn('2026-02-13T17:00'), end: vn('2026-02-14T07:30') });
    const giaoThua = shifts.find((s) => s.id === '2026-02-16/ngay-dem')!;
    expect(giaoThua).toMatchObject({ end: vn('2026-02-17T07:30'), night: true, nightDates: ['2026-02-16'], nightMinutes: 480, weight: 1.5 * 2 });
    expect(giaoThua.specialKinds).not.toContain('mung-1');
    expect(shifts).toHaveLength(10);
  });

  it('a window opening in the middle of the night starts with the rest of the previous evening’s shift', () => {
    const shifts = expandShifts(tetPlan({ window: { start: '2026-02-14T03:00', end: '2026-02-14T14:00' } }));
    expect(shifts.map((s) => s.id)).toEqual(['2026-02-13/dem', '2026-02-14/sang']);
    // Clipped to 03:00–06:00: three of the night's eight hours, on the night of 13/02.
    expect(shifts[0]).toMatchObject({ night: true, nightDates: ['2026-02-13'], nightMinutes: 180, weight: 1.5 * (1 + (0.5 * 3) / 8) });
    expect(shifts[1]).toMatchObject({ night: false, nightDates: [], nightMinutes: 0 });
  });
});

describe('expandSeats', () => {
  const extra: SeatTemplate = { id: 'ky-thuat-2', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật 2' };
  const night: SeatTemplate[] = [
    { id: 'lanh-dao', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo trực' },
    { id: 'ky-thuat', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' },
  ];

  it('gives every shift the default seats, standby seats at the standby factor', () => {
    const plan = tetPlan();
    const shifts = expandShifts(plan);
    const seats = expandSeats(plan, shifts);
    expect(seats).toHaveLength(90);
    const giaoThua = seats.filter((s) => s.shiftId === '2026-02-16/dem');
    expect(giaoThua.map((s) => [s.id, s.kind, s.weight])).toEqual([
      ['2026-02-16/dem/lanh-dao', 'standby', 1.5],
      ['2026-02-16/dem/ky-thuat-attt', 'onsite', 3],
      ['2026-02-16/dem/ky-thuat', 'onsite', 3],
    ]);
  });

  it('applies overrides, the last matching one winning', () => {
    const base = tetPlan();
    const giaoThuaSeats = [...base.seats.default, extra];
    const plan = tetPlan({
      seats: {
        default: base.seats.default,
        overrides: [
          { when: 'night', seats: night },
          { when: 'giao-thua', seats: giaoThuaSeats },
        ],
      },
    });
    const seats = expandSeats(plan, expandShifts(plan));
    const of = (shiftId: string) => seats.filter((s) => s.shiftId === shiftId).map((s) => s.templateId);
    expect(of('2026-02-15/sang')).toEqual(['lanh-dao', 'ky-thuat-attt', 'ky-thuat']);
    expect(of('2026-02-15/dem')).toEqual(['lanh-dao', 'ky-thuat']);
    expect(of('2026-02-16/chieu')).toEqual(['lanh-dao', 'ky-thuat-attt', 'ky-thuat', 'ky-thuat-2']);
    expect(of('2026-02-16/dem')).toEqual(['lanh-dao', 'ky-thuat-attt', 'ky-thuat', 'ky-thuat-2']);

    const reversed = tetPlan({
      seats: {
        default: base.seats.default,
        overrides: [
          { when: 'giao-thua', seats: giaoThuaSeats },
          { when: 'night', seats: night },
        ],
      },
    });
    const reversedSeats = expandSeats(reversed, expandShifts(reversed));
    expect(reversedSeats.filter((s) => s.shiftId === '2026-02-16/dem').map((s) => s.templateId)).toEqual(['lanh-dao', 'ky-thuat']);
  });

  it('matches day, holiday and Mùng 1 conditions', () => {
    const base = tetPlan();
    const only = (id: string): SeatTemplate[] => [{ ...extra, id }];
    const plan = tetPlan({
      seats: {
        default: base.seats.default,
        overrides: [
          { when: 'day', seats: only('day') },
          { when: 'holiday', seats: only('holiday') },
          { when: 'mung-1', seats: only('mung-1') },
        ],
      },
    });
    const seats = expandSeats(plan, expandShifts(plan));
    const of = (shiftId: string) => seats.filter((s) => s.shiftId === shiftId).map((s) => s.templateId);
    expect(of('2026-02-13/chieu')).toEqual(['day']);
    expect(of('2026-02-14/sang')).toEqual(['holiday']);
    expect(of('2026-02-17/chieu')).toEqual(['mung-1']);
    expect(of('2026-02-23/sang')).toEqual(['day']);
  });
});

describe('planToProblem', () => {
  it('keeps participants that have a staff record, with leave in epoch ms and their history', () => {
    const [bao, ha] = SAMPLE_STAFF;
    const plan = tetPlan({
      participants: [{ staffId: bao!.id, leave: [{ start: '2026-02-15T08:00', end: '2026-02-18T17:00', reason: 'Về quê ăn Tết' }], noNights: true }, { staffId: ha!.id }, { staffId: 'not-in-staff' }],
      history: [{ staffId: ha!.id, giaoThua: 1, mung1: 0, loadBalance: 2.5 }],
      assignments: [{ seatId: '2026-02-16/dem/lanh-dao', staffId: ha!.id, locked: true }],
    });
    const problem = planToProblem(plan, DEFAULT_SKILLS);
    expect(problem.windowStart).toBe(vn('2026-02-13T17:00'));
    expect(problem.windowEnd).toBe(vn('2026-02-23T07:30'));
    expect(problem.shifts).toHaveLength(30);
    expect(problem.seats).toHaveLength(90);
    expect(problem.people.map((p) => p.id)).toEqual([bao!.id, ha!.id]);
    expect(problem.people[0]).toMatchObject({
      name: 'Trần Quốc Bảo',
      roles: ['leader'],
      noNights: true,
      leave: [{ start: Date.UTC(2026, 1, 15, 1, 0), end: Date.UTC(2026, 1, 18, 10, 0), reason: 'Về quê ăn Tết' }],
      history: null,
    });
    expect(problem.people[1]!.history).toMatchObject({ giaoThua: 1, loadBalance: 2.5 });
    expect(problem.assignments).toEqual([{ seatId: '2026-02-16/dem/lanh-dao', staffId: ha!.id, locked: true }]);
    expect(problem.rules).toEqual(plan.rules);
  });
});

describe('expandShifts, any window and preset', () => {
  it('tiles the window exactly: no gap, no overlap, clipped at both ends', () => {
    const base = wallMinutes('2026-01-01T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 * 96 }),
        fc.integer({ min: 1, max: 14 * 96 }),
        fc.constantFrom('3x8', '2x12', '24h', 'office-night' as const),
        (startQuarter, lengthQuarters, preset) => {
          const start = fromWallMinutes(base + startQuarter * 15);
          const end = fromWallMinutes(base + (startQuarter + lengthQuarters) * 15);
          const shifts = expandShifts(tetPlan({ window: { start, end }, pattern: presetPattern(preset) }));
          expect(shifts[0]!.start).toBe(vn(start));
          expect(shifts.at(-1)!.end).toBe(vn(end));
          shifts.slice(1).forEach((s, i) => expect(s.start).toBe(shifts[i]!.end));
          expect(new Set(shifts.map((s) => s.id)).size).toBe(shifts.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

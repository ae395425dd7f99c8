import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATTERN_3X8, buildInstance } from '../../../bench/instances';
import { bestAchievableLoad } from '../../../shared/roster/balance';
import { fairnessReport } from '../../../shared/roster/fairness';
import { availabilityOf } from '../../../shared/roster/load';
import { vnToEpoch } from '../../../shared/time/zone';
import type { RosterAssignment } from '../../../shared/roster/problem';
import { handMadeProblem, person, seatId, smallProblem } from './problems';

describe('fairnessReport', () => {
  const problem = handMadeProblem();
  // Leader seats weigh 0.5 by day (standby); technician seats 1. B is on leave 30 of the window's 48 hours.
  const roster = [
    { seatId: seatId('2026-02-16', 'sang', 'lanh-dao'), staffId: 'a', locked: false },
    { seatId: seatId('2026-02-17', 'sang', 'lanh-dao'), staffId: 'a', locked: false },
    { seatId: seatId('2026-02-16', 'chieu', 'lanh-dao'), staffId: 'b', locked: false },
    { seatId: seatId('2026-02-16', 'sang', 'ky-thuat-attt'), staffId: 'c', locked: false },
    { seatId: seatId('2026-02-17', 'sang', 'ky-thuat-attt'), staffId: 'c', locked: false },
    { seatId: seatId('2026-02-16', 'chieu', 'ky-thuat-attt'), staffId: 'd', locked: false },
  ];
  const report = fairnessReport(problem, roster);
  const of = (id: string) => report.people.find((p) => p.staffId === id)!;

  it('counts shifts, hours, nights and weighted load per person', () => {
    expect(of('a')).toMatchObject({ shifts: 2, hours: 16, nights: 0, giaoThua: 0, mung1: 0, load: 1, availability: 1, relativeLoad: 1 });
    expect(of('b').availability).toBeCloseTo(18 / 48);
    expect(of('b').relativeLoad).toBeCloseTo(0.5 / (18 / 48));
    expect(of('e')).toMatchObject({ shifts: 0, load: 0, relativeLoad: 0 });
  });

  it('compares each person with the average of their role', () => {
    expect(report.roleAverage.leader).toBeCloseTo((1 + 0.5 / (18 / 48)) / 2);
    expect(report.roleAverage.technician).toBeCloseTo(1);
    expect(of('a').diffFromRoleAverage.leader).toBeCloseTo(-(0.5 / (18 / 48) - 1) / 2);
    expect(of('c').diffFromRoleAverage.technician).toBeCloseTo(1);
    expect(of('e').diffFromRoleAverage.technician).toBeCloseTo(-1);
  });

  it('scores each role against the best any roster of these seats could do', () => {
    // Leaders: A alone would carry 1.5; B taking one day seat gives 0.5 ÷ 0.375 = 1.33, the best.
    // Technicians: only C and D have the security skill for the three seats: one of them has 2.
    expect(report.roles).toEqual([
      { role: 'leader', best: expect.closeTo(4 / 3), largest: expect.closeTo(4 / 3), score: 100 },
      { role: 'technician', best: 2, largest: 2, score: 100 },
    ]);
    expect(report.balanceScore).toBe(100);
    const lopsided = fairnessReport(problem, [...roster.slice(0, 3), ...roster.slice(3).map((a) => ({ ...a, staffId: 'c' }))]);
    expect(lopsided.roles[1]).toMatchObject({ best: 2, largest: 3, score: expect.closeTo(200 / 3) });
    expect(lopsided.balanceScore).toBeCloseTo(200 / 3);
    expect(fairnessReport(problem, []).balanceScore).toBe(100);
  });

  it('gives 100 to 30 seats spread over 77 people, one shift each at most', () => {
    const big = buildInstance({
      name: 'many',
      seed: 1,
      firstDate: '2026-04-01',
      days: 10,
      pattern: PATTERN_3X8,
      seats: [{ id: 'kt', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' }],
      leaders: 0,
      technicians: 77,
    });
    const spread = big.seats.map((s, i) => ({ seatId: s.id, staffId: big.people[i]!.id, locked: false }));
    // Night seats weigh 1.5: whoever has one carries 1.5, and someone must.
    expect(bestAchievableLoad(big, spread).technician).toBe(1.5);
    expect(fairnessReport(big, spread).balanceScore).toBe(100);
    const doubled = spread.map((a, i) => (i === 1 ? { ...a, staffId: spread[2]!.staffId } : a));
    expect(fairnessReport(big, doubled).balanceScore).toBeCloseTo((100 * 1.5) / 2.5);
  });
});

describe('availabilityOf', () => {
  const window = { windowStart: vnToEpoch('2026-02-16T06:00'), windowEnd: vnToEpoch('2026-02-18T06:00') };
  it('is the share of the duty window not on leave, leave clipped to the window and overlaps counted once', () => {
    const leave = (from: string, to: string) => ({ start: vnToEpoch(from), end: vnToEpoch(to), reason: '' });
    expect(availabilityOf(person('x', 'X'), window)).toBe(1);
    expect(availabilityOf(person('x', 'X', { leave: [leave('2026-02-10T00:00', '2026-02-17T06:00')] }), window)).toBe(0.5);
    expect(availabilityOf(person('x', 'X', { leave: [leave('2026-02-16T06:00', '2026-02-16T18:00'), leave('2026-02-16T12:00', '2026-02-17T06:00')] }), window)).toBe(0.5);
    expect(availabilityOf(person('x', 'X', { leave: [leave('2026-02-01T00:00', '2026-03-01T00:00')] }), window)).toBe(0);
    expect(availabilityOf(person('x', 'X', { noNights: true }), window)).toBe(1);
  });
});

describe('the best achievable line over a run of edits', () => {
  it('is the bound worked out afresh after every edit, whether the edit changed which seats are filled or only who holds them', () => {
    fc.assert(
      fc.property(smallProblem, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 30 }), (problem, edits) => {
        let roster: RosterAssignment[] = [];
        for (const [seat, person, clear] of edits) {
          const seatId = problem.seats[seat % problem.seats.length]!.id;
          const rest = roster.filter((a) => a.seatId !== seatId);
          roster = clear ? rest : [...rest, { seatId, staffId: problem.people[person % problem.people.length]!.id, locked: false }];
          // A copy of the problem has no bound remembered.
          expect(bestAchievableLoad(problem, roster)).toEqual(bestAchievableLoad(structuredClone(problem), roster));
        }
      }),
      { numRuns: 60 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { balanceScore, fairnessReport } from '../../../shared/roster/fairness';
import { handMadeProblem, seatId } from './problems';

describe('fairnessReport', () => {
  const problem = handMadeProblem();
  // Leader seats weigh 0.5 by day (standby); technician seats 1. B is on leave 4 of 6 shifts: availability 1/3.
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
    expect(of('b').availability).toBeCloseTo(1 / 3);
    expect(of('b').relativeLoad).toBeCloseTo(1.5);
    expect(of('e')).toMatchObject({ shifts: 0, load: 0, relativeLoad: 0 });
  });

  it('compares each person with the average of their role', () => {
    expect(report.roleAverage.leader).toBeCloseTo(1.25);
    expect(report.roleAverage.technician).toBeCloseTo(1);
    expect(of('a').diffFromRoleAverage.leader).toBeCloseTo(-0.25);
    expect(of('c').diffFromRoleAverage.technician).toBeCloseTo(1);
    expect(of('e').diffFromRoleAverage.technician).toBeCloseTo(-1);
  });

  it('scores balance as the mean over same-role pairs of min/max relative load', () => {
    // Leaders: 1/1.5. Technicians: C–D 1/2, C–E 0, D–E 0. Mean of the four pairs.
    expect(report.balanceScore).toBeCloseTo((100 * (2 / 3 + 0.5)) / 4);
  });

  it('defines the edge cases: no pair, all idle, one idle', () => {
    expect(balanceScore([])).toBe(100);
    expect(balanceScore([[3]])).toBe(100);
    expect(balanceScore([[0, 0]])).toBe(100);
    expect(balanceScore([[0, 2]])).toBe(0);
    expect(fairnessReport(problem, []).balanceScore).toBe(100);
  });
});

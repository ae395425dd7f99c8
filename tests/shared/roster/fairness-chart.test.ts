import { describe, expect, it } from 'vitest';
import { fairnessReport } from '../../../shared/roster/fairness';
import { fairnessChart } from '../../../shared/roster/fairness-chart';
import { vnToEpoch } from '../../../shared/time/zone';
import { handMadeProblem, person, seatId } from './problems';

describe('fairnessChart', () => {
  const problem = handMadeProblem();
  problem.people.push(
    // Away the whole window: nobody to compare, no bar.
    person('f', 'Đỗ Thị F', { leave: [{ start: vnToEpoch('2026-02-16T00:00'), end: vnToEpoch('2026-02-19T00:00'), reason: 'Ốm' }] }),
  );
  problem.people[4] = { ...problem.people[4]!, history: { staffId: 'e', giaoThua: 1, mung1: 0, loadBalance: 1.25 } };
  const roster = [
    { seatId: seatId('2026-02-16', 'sang', 'lanh-dao'), staffId: 'a', locked: false },
    { seatId: seatId('2026-02-16', 'chieu', 'lanh-dao'), staffId: 'b', locked: false },
    { seatId: seatId('2026-02-16', 'sang', 'ky-thuat-attt'), staffId: 'c', locked: false },
    { seatId: seatId('2026-02-16', 'dem', 'ky-thuat-attt'), staffId: 'c', locked: false },
    { seatId: seatId('2026-02-17', 'sang', 'ky-thuat-attt'), staffId: 'd', locked: false },
  ];
  const report = fairnessReport(problem, roster);
  const charts = fairnessChart(report, problem);
  const chart = (role: string) => charts.find((c) => c.role === role)!;

  it('draws one chart per role with seats, each person of the role once, most loaded first', () => {
    expect(charts.map((c) => c.role)).toEqual(['leader', 'technician']);
    expect(chart('leader').bars.map((b) => b.staffId)).toEqual(['b', 'a']);
    expect(chart('technician').bars.map((b) => b.staffId)).toEqual(['c', 'd', 'e']);
    for (const c of charts) {
      const values = c.bars.map((b) => b.value);
      expect(values).toEqual([...values].sort((x, y) => y - x));
    }
  });

  it('draws what the fairness table says: loads, the role average and the best achievable', () => {
    for (const c of charts) {
      expect(c.average).toBe(report.roleAverage[c.role]);
      expect(c.best).toBe(report.roles.find((r) => r.role === c.role)!.best);
      for (const bar of c.bars) expect(bar.value).toBe(report.people.find((p) => p.staffId === bar.staffId)!.relativeLoad);
    }
    // C: a day seat (1) and a night seat (1.5).
    expect(chart('technician').bars[0]).toMatchObject({ staffId: 'c', value: 2.5, shifts: 2, nights: 1, giaoThua: 0, mung1: 0 });
  });

  it('keeps every bar and line inside a round scale', () => {
    for (const c of charts) {
      expect(c.max).toBeGreaterThanOrEqual(Math.max(c.average, c.best, ...c.bars.map((b) => b.value)));
      expect(c.ticks[0]).toBe(0);
      expect(c.ticks.at(-1)).toBe(c.max);
      const step = c.ticks[1]! - c.ticks[0]!;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5].some((m) => Math.abs(m - mantissa) < 1e-9)).toBe(true);
      c.ticks.forEach((tick, i) => expect(tick).toBeCloseTo(i * step, 9));
      expect(c.ticks.length).toBeLessThanOrEqual(11);
    }
    expect(chart('technician').ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });

  it('puts the carried-over history beside the people who have one', () => {
    const bars = chart('technician').bars;
    expect(bars.find((b) => b.staffId === 'e')!.carried).toEqual({ loadBalance: 1.25, giaoThua: 1, mung1: 0 });
    expect(bars.find((b) => b.staffId === 'c')!.carried).toBeNull();
  });

  it('has no bars and a unit scale for a roster nobody is on yet', () => {
    const empty = fairnessChart(fairnessReport(problem, []), problem);
    const technicians = empty.find((c) => c.role === 'technician')!;
    expect(technicians.bars.every((b) => b.value === 0)).toBe(true);
    expect(technicians.max).toBeGreaterThan(0);
  });
});

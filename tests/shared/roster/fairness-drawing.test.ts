import { describe, expect, it } from 'vitest';
import { svgMarkup, type SvgNode } from '../../../shared/drawing/svg-node';
import { fairnessReport } from '../../../shared/roster/fairness';
import { fairnessChart } from '../../../shared/roster/fairness-chart';
import { fairnessDrawing } from '../../../shared/roster/fairness-drawing';
import { chartFigure } from '../../../shared/roster/fairness-figure';
import { handMadeProblem, seatId } from './problems';

const HOSTILE = '"><script>alert(1)</script>';
const problem = handMadeProblem();
problem.people[2] = { ...problem.people[2]!, name: HOSTILE, history: { staffId: 'c', giaoThua: 1, mung1: 0, loadBalance: 1.25 } };
const roster = [
  { seatId: seatId('2026-02-16', 'sang', 'ky-thuat-attt'), staffId: 'c', locked: false },
  { seatId: seatId('2026-02-16', 'dem', 'ky-thuat-attt'), staffId: 'c', locked: false },
  { seatId: seatId('2026-02-17', 'sang', 'ky-thuat-attt'), staffId: 'd', locked: false },
];
const technicians = fairnessChart(fairnessReport(problem, roster), problem).find((c) => c.role === 'technician')!;
const nodes = (node: SvgNode): SvgNode[] => [node, ...(node.children ?? []).flatMap(nodes)];

describe('the fairness picture', () => {
  it('puts each bar at its load on the chart’s scale, with its figure and marks written in the reader’s language', () => {
    const vi = chartFigure(technicians, 'vi');
    const span = vi.plotRight - vi.plotLeft;
    for (const [i, row] of vi.rows.entries()) expect(row.barEnd - vi.plotLeft).toBeCloseTo((span * technicians.bars[i]!.value) / technicians.max);
    expect(vi.rows[0]).toMatchObject({ staffId: 'c', value: '2,5', note: '1 đêm  (trước: +1,25 · GT)' });
    expect(chartFigure(technicians, 'en').rows[0]).toMatchObject({ value: '2.5', note: '1 nights  (before: +1.25 · NYE)' });
    expect(vi.average.x).toBeCloseTo(vi.plotLeft + (span * technicians.average) / technicians.max);
  });

  it('draws the average dashed and the best solid, and prints a hostile name as text', () => {
    const drawing = fairnessDrawing(chartFigure(technicians, 'vi'));
    const line = (cls: string) => nodes(drawing).find((n) => n.attrs.class === cls)!;
    expect(line('chart-average').attrs['stroke-dasharray']).toBe('5 3');
    expect(line('chart-best').attrs['stroke-dasharray']).toBeUndefined();
    const markup = svgMarkup(drawing);
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>');
    // Printed, a bar is no button.
    expect(markup).not.toContain('role="button"');
  });

  it('makes each bar a button on screen, the shown one pressed', () => {
    const drawing = fairnessDrawing(chartFigure(technicians, 'vi'), { shown: 'd', label: (row) => row.name });
    const bars = nodes(drawing).filter((n) => n.attrs.role === 'button');
    expect(bars.map((b) => [b.attrs['data-staff-id'], b.attrs['aria-pressed']])).toEqual([
      ['c', 'false'],
      ['d', 'true'],
      ['e', 'false'],
    ]);
  });
});

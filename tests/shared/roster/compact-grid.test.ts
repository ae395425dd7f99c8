import { describe, expect, it } from 'vitest';
import { planToProblem } from '../../../shared/plan/expand';
import { windowDays } from '../../../shared/plan/window-days';
import { compactLayout, compactNeighbour, nextInOrder } from '../../../shared/roster/compact-grid';
import { rosterGrid } from '../../../shared/roster/grid';
import { tetPlan } from '../../helpers/tet-plan';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';

// Tết 2026: 13/02 17:00 → 23/02 07:30, 3 × 8 h, three seats a shift.
const plan = tetPlan();
const problem = planToProblem(plan, DEFAULT_SKILLS);
const grid = rosterGrid(
  problem,
  plan.pattern.shifts,
  windowDays(plan.window).map((d) => d.date),
);
const layout = compactLayout(grid);

describe('compact roster layout', () => {
  it('has a column per day and a line per seat of each shift, every seat exactly once', () => {
    expect(layout.days).toEqual(grid.rows.map((r) => r.date));
    expect(layout.lines.map((l) => `${grid.columns[l.column]!.label}/${l.label}`)).toEqual([
      'Ca sáng/Lãnh đạo trực',
      'Ca sáng/Cán bộ kỹ thuật ATTT',
      'Ca sáng/Cán bộ kỹ thuật',
      'Ca chiều/Lãnh đạo trực',
      'Ca chiều/Cán bộ kỹ thuật ATTT',
      'Ca chiều/Cán bộ kỹ thuật',
      'Ca đêm/Lãnh đạo trực',
      'Ca đêm/Cán bộ kỹ thuật ATTT',
      'Ca đêm/Cán bộ kỹ thuật',
    ]);
    expect(layout.lines.filter((l) => l.first)).toHaveLength(3);
    const placed = layout.cells.flat().flatMap((s) => (s ? [s.id] : []));
    expect(placed.sort()).toEqual([...grid.order].sort());
    // The window opens at 17:00 on 13/02: no morning seat that day.
    expect(layout.cells[0]![0]).toBeNull();
    expect(layout.cells[3]![0]?.id).toBe('2026-02-13/chieu/lanh-dao');
  });

  it('walks down a day and across a seat line, skipping the days outside the window', () => {
    expect(compactNeighbour(layout, '2026-02-14/sang/ky-thuat', 'down')).toBe('2026-02-14/chieu/lanh-dao');
    expect(compactNeighbour(layout, '2026-02-14/sang/lanh-dao', 'up')).toBeNull();
    expect(compactNeighbour(layout, '2026-02-14/sang/lanh-dao', 'right')).toBe('2026-02-15/sang/lanh-dao');
    expect(compactNeighbour(layout, '2026-02-14/sang/lanh-dao', 'left')).toBeNull();
    expect(compactNeighbour(layout, '2026-02-13/chieu/lanh-dao', 'up')).toBeNull();
  });

  it('goes on to the next seat in reading order, down a day then into the next', () => {
    expect(nextInOrder(grid, '2026-02-13/dem/ky-thuat', 1)).toBe('2026-02-14/sang/lanh-dao');
    expect(nextInOrder(grid, '2026-02-14/sang/lanh-dao', -1)).toBe('2026-02-13/dem/ky-thuat');
    expect(nextInOrder(grid, grid.order.at(-1)!, 1)).toBeNull();
  });
});

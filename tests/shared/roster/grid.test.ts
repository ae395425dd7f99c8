import { describe, expect, it } from 'vitest';
import { planToProblem } from '../../../shared/plan/expand';
import { windowDays } from '../../../shared/plan/window-days';
import { neighbourSeat, rosterGrid, seatsOfDay } from '../../../shared/roster/grid';
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

describe('roster grid', () => {
  it('has a row per day and a column per shift of the pattern', () => {
    expect(grid.columns.map((c) => c.label)).toEqual(['Ca sáng', 'Ca chiều', 'Ca đêm']);
    expect(grid.rows.map((r) => r.date)).toEqual(windowDays(plan.window).map((d) => d.date));
    expect(grid.order).toHaveLength(problem.seats.length);
  });

  it('leaves the shifts outside the window empty', () => {
    const first = grid.rows[0]!;
    expect(first.cells[0]).toBeNull();
    expect(first.cells[1]?.shift.id).toBe('2026-02-13/chieu');
    expect(first.cells[1]?.seats.map((s) => s.templateId)).toEqual(['lanh-dao', 'ky-thuat-attt', 'ky-thuat']);
    const last = grid.rows.at(-1)!;
    expect(last.cells.map((c) => c?.shift.id ?? null)).toEqual(['2026-02-23/sang', null, null]);
  });

  it('walks seats with the arrow keys: down the stack then into the next day, across to the next shift', () => {
    const seat = (shiftId: string, tpl: string) => `${shiftId}/${tpl}`;
    expect(neighbourSeat(grid, seat('2026-02-14/sang', 'lanh-dao'), 'down')).toBe(seat('2026-02-14/sang', 'ky-thuat-attt'));
    expect(neighbourSeat(grid, seat('2026-02-14/sang', 'ky-thuat'), 'down')).toBe(seat('2026-02-15/sang', 'lanh-dao'));
    expect(neighbourSeat(grid, seat('2026-02-14/sang', 'lanh-dao'), 'up')).toBeNull();
    expect(neighbourSeat(grid, seat('2026-02-14/chieu', 'lanh-dao'), 'up')).toBe(seat('2026-02-13/chieu', 'ky-thuat'));
    expect(neighbourSeat(grid, seat('2026-02-14/sang', 'ky-thuat'), 'right')).toBe(seat('2026-02-14/chieu', 'ky-thuat'));
    expect(neighbourSeat(grid, seat('2026-02-14/dem', 'ky-thuat'), 'right')).toBeNull();
    expect(neighbourSeat(grid, seat('2026-02-13/chieu', 'lanh-dao'), 'left')).toBeNull();
  });

  it('lists the seats of a whole day', () => {
    expect(seatsOfDay(grid, '2026-02-14')).toHaveLength(9);
    expect(seatsOfDay(grid, '2026-02-13')).toHaveLength(6);
  });
});

import type { Plan } from '../../shared/plan/schema';
import { planToProblem } from '../../shared/plan/expand';
import { windowDays } from '../../shared/plan/window-days';
import { rosterGrid } from '../../shared/roster/grid';
import { DEFAULT_SKILLS } from '../../shared/staff/schema';

/** A plan's roster problem and its grid as the editor lays it out: the seats a task walks in reading order. */
export function planGrid(plan: Plan) {
  const problem = planToProblem(plan, DEFAULT_SKILLS);
  const grid = rosterGrid(
    problem,
    plan.pattern.shifts,
    windowDays(plan.window).map((d) => d.date),
  );
  return { problem, grid };
}

import type { Plan } from '../plan/schema';
import { planToProblem } from '../plan/expand';
import { checkRoster, type Violation } from './check';
import { generateRoster, type GenerateOptions, type GenerateResult } from './generate';

/** Generates a plan's roster and returns the plan with the new assignments (and the seed used). */
export function generateForPlan(plan: Plan, options: GenerateOptions): { plan: Plan; result: GenerateResult } {
  const result = generateRoster(planToProblem(plan), options);
  return { plan: { ...plan, seed: options.seed, assignments: result.assignments }, result };
}

/** Every hard-rule violation of the plan's current assignments, unfilled seats included. */
export function checkPlan(plan: Plan): Violation[] {
  return checkRoster(planToProblem(plan), plan.assignments);
}

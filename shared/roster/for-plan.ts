import type { Plan } from '../plan/schema';
import { planToProblem } from '../plan/expand';
import type { Skill } from '../staff/schema';
import { checkRoster, type Violation } from './check';
import { generateRoster, type GenerateOptions, type GenerateResult } from './generate';

/** Generates a plan's roster and returns the plan with the new assignments (and the seed used); `skills` names seats' skills in the explanations. */
export function generateForPlan(plan: Plan, skills: readonly Skill[], options: GenerateOptions): { plan: Plan; result: GenerateResult } {
  const result = generateRoster(planToProblem(plan, skills), options);
  return { plan: { ...plan, seed: options.seed, assignments: result.assignments }, result };
}

/** Every hard-rule violation of the plan's current assignments, unfilled seats included, skills named from `skills`. */
export function checkPlan(plan: Plan, skills: readonly Skill[]): Violation[] {
  return checkRoster(planToProblem(plan, skills), plan.assignments);
}

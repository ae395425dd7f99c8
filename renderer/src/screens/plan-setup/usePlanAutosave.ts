import type { PlanChanges } from '../../../../shared/api/plans';
import type { Plan } from '../../../../shared/plan/schema';
import { usePatchAutosave } from '../../components/usePatchAutosave';
import { usePlanWriter, type PlanConflict } from '../../data/usePlanWriter';

/**
 * A plan's edits, autosaved through the plan's writer: a change made elsewhere goes to the one
 * conflict policy (useEditedPlan) instead of being overwritten or retried into the same refusal.
 */
export function usePlanAutosave(plan: Plan, onConflict: (conflict: PlanConflict) => void) {
  const { write } = usePlanWriter(plan, onConflict);
  return usePatchAutosave<PlanChanges>(write);
}

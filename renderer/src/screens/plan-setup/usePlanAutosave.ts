import { useRef } from 'react';
import type { PlanChanges } from '../../../../shared/api/plans';
import type { Plan } from '../../../../shared/plan/schema';
import { useApi } from '../../api/ApiContext';
import { usePatchAutosave } from '../../components/usePatchAutosave';

/**
 * A plan's edits, autosaved; each write goes from the version the previous one stored, so a change
 * made elsewhere is a conflict, not overwritten.
 */
export function usePlanAutosave(plan: Plan) {
  const api = useApi();
  const base = useRef(plan.updatedAt);
  return usePatchAutosave<PlanChanges>(async (changes) => {
    const saved = await api.call('plans:update', { id: plan.id, changes, baseUpdatedAt: base.current });
    base.current = saved.updatedAt;
  });
}

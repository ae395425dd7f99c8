import { useCallback, useRef } from 'react';
import { ApiError } from '../../../shared/api/client';
import type { PlanChanges } from '../../../shared/api/plans';
import type { Plan } from '../../../shared/plan/schema';
import { useApi } from '../api/ApiContext';

/** A write refused because the stored plan changed elsewhere: what is stored now, and the edit it refused. */
export interface PlanConflict {
  stored: Plan;
  unsaved: PlanChanges;
  /** The refusal, as the service gave it. */
  error: ApiError;
}

/**
 * The one way an editor writes its plan. Each write is made against the version the editor holds, so
 * a change made meanwhile by another window or the CLI is never overwritten; on such a conflict the
 * stored plan is read and handed to `onConflict` with the edit it refused, and the writer goes on
 * from the stored version, so it never retries into the same refusal. Resolves the saved plan, or
 * null when the edit went to `onConflict` instead.
 */
export function usePlanWriter(plan: Pick<Plan, 'id' | 'updatedAt'>, onConflict: (conflict: PlanConflict) => void) {
  const api = useApi();
  const base = useRef(plan.updatedAt);
  const handler = useRef(onConflict);
  handler.current = onConflict;
  const { id } = plan;

  const write = useCallback(
    async (changes: PlanChanges): Promise<Plan | null> => {
      try {
        const saved = await api.call('plans:update', { id, changes, baseUpdatedAt: base.current });
        base.current = saved.updatedAt;
        return saved;
      } catch (error) {
        if (!(error instanceof ApiError && error.shape.code === 'CONFLICT')) throw error;
        const stored = await api.call('plans:get', { id });
        base.current = stored.updatedAt;
        handler.current({ stored, unsaved: changes, error });
        return null;
      }
    },
    [api, id],
  );

  /** After the plan was written by another call of this window (publishing), later writes start from its version. */
  const rebase = useCallback((updatedAt: string) => {
    base.current = updatedAt;
  }, []);

  return { write, rebase };
}

import { useCallback, useEffect, useRef } from 'react';
import { ApiError } from '../../../shared/api/client';
import type { PlanChanges } from '../../../shared/api/plans';
import type { Plan } from '../../../shared/plan/schema';
import { useApi } from '../api/ApiContext';

/**
 * The plan changed elsewhere (another window, the CLI, a second app over the same folder) while an
 * editor held it: either a write of the editor was refused for it (`refused`), or the change was
 * heard of before the editor wrote anything (`changed`).
 */
export type PlanConflict =
  | {
      kind: 'refused';
      stored: Plan;
      unsaved: PlanChanges;
      /** The refusal, as the service gave it. */
      error: ApiError;
    }
  | { kind: 'changed'; stored: Plan };

/**
 * The one way an editor writes its plan. Each write is made against the version the editor holds, so
 * a change made meanwhile by another window or the CLI is never overwritten; on such a conflict the
 * stored plan is read and handed to `onConflict` with the edit it refused, and the writer goes on
 * from the stored version, so it never retries into the same refusal. Resolves the saved plan, or
 * null when the edit went to `onConflict` instead.
 *
 * A change announced by `plans:changed` is looked at once this window's own writes have settled: a
 * stored version newer than the one held is someone else's (saves always move `updatedAt` forward),
 * and goes to `onConflict` as `changed`, so the user can reload before editing over it.
 */
export function usePlanWriter(plan: Pick<Plan, 'id' | 'updatedAt'>, onConflict: (conflict: PlanConflict) => void) {
  const api = useApi();
  const base = useRef(plan.updatedAt);
  const handler = useRef(onConflict);
  handler.current = onConflict;
  const settled = useRef<Promise<unknown>>(Promise.resolve());
  const told = useRef(plan.updatedAt);
  const { id } = plan;

  /** Runs a call of this window that writes the plan; later writes and looks start from its version. */
  const own = useCallback(<T extends Pick<Plan, 'updatedAt'>>(call: () => Promise<T>): Promise<T> => {
    const running = call().then((saved) => {
      base.current = saved.updatedAt;
      return saved;
    });
    settled.current = Promise.all([settled.current, running.catch(() => undefined)]);
    return running;
  }, []);

  const write = useCallback(
    async (changes: PlanChanges): Promise<Plan | null> => {
      try {
        return await own(() => api.call('plans:update', { id, changes, baseUpdatedAt: base.current }));
      } catch (error) {
        if (!(error instanceof ApiError && error.shape.code === 'CONFLICT')) throw error;
        const stored = await api.call('plans:get', { id });
        base.current = told.current = stored.updatedAt;
        handler.current({ kind: 'refused', stored, unsaved: changes, error });
        return null;
      }
    },
    [api, id, own],
  );

  useEffect(() => {
    let open = true;
    const look = async () => {
      await settled.current;
      const stored = await api.call('plans:get', { id });
      await settled.current;
      if (!open || stored.updatedAt <= base.current || stored.updatedAt <= told.current) return;
      told.current = stored.updatedAt;
      handler.current({ kind: 'changed', stored });
    };
    const off = api.listen('plans:changed', (changed) => {
      // An unreadable plan is the editor's next write to report; a look that fails says nothing.
      if (changed.id === id || changed.id === '') look().catch(() => undefined);
    });
    return () => {
      open = false;
      off();
    };
  }, [api, id]);

  return { write, own };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanChanges } from '../../../../shared/api/plans';
import type { Plan } from '../../../../shared/plan/schema';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../components/useAsync';

export type SaveStatus = { state: 'saved' | 'pending' | 'saving' } | { state: 'error'; message: string };

const DEBOUNCE_MS = 600;

/**
 * Saves a plan's edits shortly after the user stops changing them, one request at a time, each
 * from the version the previous one stored (so a change made elsewhere is a conflict, not
 * overwritten). Changes not yet saved are kept and retried with the next edit, and written at
 * once when the screen closes, so nothing typed is lost.
 */
export function usePlanAutosave(plan: Plan) {
  const api = useApi();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const pending = useRef<PlanChanges | null>(null);
  const base = useRef(plan.updatedAt);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const changes = pending.current;
      if (!changes) return;
      pending.current = null;
      setStatus({ state: 'saving' });
      try {
        const saved = await api.call('plans:update', { id: plan.id, changes, baseUpdatedAt: base.current });
        base.current = saved.updatedAt;
        // Edits may have arrived during the request (TypeScript cannot see the ref change across await).
        setStatus({ state: (pending.current as PlanChanges | null) ? 'pending' : 'saved' });
      } catch (e) {
        // Keep what failed, under anything typed since, for the next attempt.
        pending.current = { ...changes, ...(pending.current as PlanChanges | null) };
        setStatus({ state: 'error', message: errorText(e) });
      }
    });
    return chain.current;
  }, [api, plan.id]);

  const save = useCallback(
    (changes: PlanChanges) => {
      pending.current = { ...pending.current, ...changes };
      setStatus({ state: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => () => void flush(), [flush]);
  return { status, save, flush };
}

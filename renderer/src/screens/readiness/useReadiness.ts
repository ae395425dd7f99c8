import { useEffect } from 'react';
import type { ReadinessView } from '../../../../shared/api/readiness';
import { useApi } from '../../api/ApiContext';
import { useAsync } from '../../components/useAsync';

/** A plan's readiness checklist, reloaded when it changes elsewhere (another window, the CLI). */
export function useReadiness(planId: string) {
  const api = useApi();
  const state = useAsync(() => api.call('readiness:get', { planId }), [api, planId]);
  const { reload } = state;
  useEffect(() => api.listen('readiness:changed', (event) => event.planId === planId && void reload()), [api, planId, reload]);
  return state;
}

export const doneCount = (view: ReadinessView) => view.tasks.filter((t) => t.status === 'done').length;

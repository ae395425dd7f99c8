import type { ReadinessView } from '../../../../shared/api/readiness';
import { useApi } from '../../api/ApiContext';
import { useFollowed } from '../../data/useFollowed';

/** A plan's readiness checklist, reloaded when it changes elsewhere (another window, the CLI). */
export function useReadiness(planId: string) {
  const api = useApi();
  return useFollowed(() => api.call('readiness:get', { planId }), [api, planId], [{ event: 'readiness:changed', when: (changed) => changed.planId === planId }]);
}

export const doneCount = (view: ReadinessView) => view.tasks.filter((t) => t.status === 'done').length;

import { useApi } from '../api/ApiContext';
import { forPlan, planWritten, useFollowed } from './useFollowed';

/**
 * A plan's readiness checklist, read again when it is written for this plan (or, id empty, for any) and
 * when what it is measured against changes: the plan (its window moved, so a task may no longer be due
 * before it), the directory (who may be given a task) and the settings (the language of an unwritten
 * checklist's seed).
 */
export function useReadiness(planId: string) {
  const api = useApi();
  return useFollowed(
    () => api.call('readiness:get', { planId }),
    [api, planId],
    [forPlan('readiness:changed', planId), planWritten(planId), { event: 'staff:changed' }, { event: 'settings:changed' }],
  );
}

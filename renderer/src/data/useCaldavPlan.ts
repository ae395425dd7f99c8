import { useApi } from '../api/ApiContext';
import { forPlan, useFollowed } from './useFollowed';

/** One plan's CalDAV target and last publish, read again when either is written for this plan (or, id empty, for any). */
export function useCaldavPlan(planId: string) {
  const api = useApi();
  return useFollowed(() => api.call('caldav:plan:get', { planId }), [api, planId], [forPlan('caldav:changed', planId)]);
}

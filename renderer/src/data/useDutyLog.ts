import { useApi } from '../api/ApiContext';
import { forPlan, planWritten, useFollowed } from './useFollowed';

/**
 * A published plan's duty log with what the screen shows beside it, read again when the log is written
 * for this plan (or, id empty, for any) and when what it is built from changes: the plan (a new version
 * published), the settings (the unit's contacts, the language of an unwritten log's checks) and the
 * directory (who may stand in).
 */
export function useDutyLog(planId: string) {
  const api = useApi();
  return useFollowed(() => api.call('dutyLog:get', { planId }), [api, planId], [forPlan('dutyLog:changed', planId), planWritten(planId), { event: 'settings:changed' }, { event: 'staff:changed' }]);
}

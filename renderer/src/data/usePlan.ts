import { useApi } from '../api/ApiContext';
import { planWritten, useFollowed } from './useFollowed';

/**
 * One stored plan, read again when it is written anywhere (an empty id in the event means any plan may
 * have changed, as after the browser's event stream reconnects). For views: an editor keeps a working
 * copy of its own, which must not be replaced under the user's hands.
 */
export function usePlan(id: string) {
  const api = useApi();
  return useFollowed(() => api.call('plans:get', { id }), [api, id], [planWritten(id)]);
}

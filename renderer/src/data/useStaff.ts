import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

const STAFF = [{ event: 'staff:changed' }] as const;

/** The staff directory, sorted by name, kept current: a person added or edited anywhere shows at once. */
export function useStaff() {
  const api = useApi();
  return useFollowed(() => api.call('staff:list', undefined), [api], STAFF);
}

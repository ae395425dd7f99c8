import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

const PLANS = [{ event: 'plans:changed' }] as const;

/** The stored plans (summaries), kept current: a plan created, renamed or deleted anywhere shows at once. */
export function usePlans() {
  const api = useApi();
  return useFollowed(() => api.call('plans:list', undefined), [api], PLANS);
}

/** The plans in the trash, last deleted first, kept current like the list. */
export function useTrash() {
  const api = useApi();
  return useFollowed(() => api.call('plans:trash', undefined), [api], PLANS);
}

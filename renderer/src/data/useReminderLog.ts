import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

const LOGGED = [{ event: 'reminders:logged' }] as const;

/** What was told (or missed, or is being retried), newest first, read again whenever the engine logs a delivery. */
export function useReminderLog() {
  const api = useApi();
  return useFollowed(() => api.call('reminders:log', undefined), [api], LOGGED);
}

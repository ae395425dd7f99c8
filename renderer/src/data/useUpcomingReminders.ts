import { REPLANNING_EVENTS } from '../../../shared/api/events';
import { useApi } from '../api/ApiContext';
import { useFollowed, type Follow } from './useFollowed';

// What the engine re-plans on, and a reminder told (it leaves the list).
const UPCOMING: readonly Follow[] = [...REPLANNING_EVENTS.map((event) => ({ event })), { event: 'reminders:logged' }];

/** The reminders still to be told, in time order, read again whenever the engine re-plans or tells one. */
export function useUpcomingReminders() {
  const api = useApi();
  return useFollowed(() => api.call('reminders:upcoming', undefined), [api], UPCOMING);
}

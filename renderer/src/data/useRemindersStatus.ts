import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

// The published plans and their settings are plans; who "I" am and whether mail is set up are settings.
const STATUS = [{ event: 'plans:changed' }, { event: 'settings:changed' }] as const;

/** The Nhắc nhở screen's published plans, double bookings and audience, kept current as plans and settings are written anywhere. */
export function useRemindersStatus() {
  const api = useApi();
  return useFollowed(() => api.call('reminders:status', undefined), [api], STATUS);
}

import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

// The mail settings are announced with the rest (mail.json is a settings document, like caldav.json).
const SETTINGS = [{ event: 'settings:changed' }] as const;

/** The unit's SMTP settings (never the password), kept current as they are written in another window or by the CLI. */
export function useMailSettings() {
  const api = useApi();
  return useFollowed(() => api.call('mail:settings:get', undefined), [api], SETTINGS);
}

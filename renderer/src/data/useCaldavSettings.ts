import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

// The CalDAV settings are announced with the rest (caldav.json is a settings document, like mail.json).
const SETTINGS = [{ event: 'settings:changed' }] as const;

/** The unit's CalDAV server settings (never the password), kept current as they are written in another window or by the CLI. */
export function useCaldavSettings() {
  const api = useApi();
  return useFollowed(() => api.call('caldav:settings:get', undefined), [api], SETTINGS);
}

import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

// The feed settings are announced with the rest (feed.json is a settings document, like caldav.json).
const SETTINGS = [{ event: 'settings:changed' }] as const;

/** The feed folder, its address and refresh interval, kept current as they are set in another window or by the CLI. */
export function useFeedSettings() {
  const api = useApi();
  return useFollowed(() => api.call('feed:settings:get', undefined), [api], SETTINGS);
}

import { useApi } from '../api/ApiContext';
import { useFollowed } from './useFollowed';

/**
 * One plan's feed: what was last written and whether it is behind. Read again when the feed is written
 * for this plan (or, id empty, for any), and when what "behind" is measured against changes: the plan
 * (a new version published) or the feed settings (another folder, address or refresh interval).
 */
export function useFeedPlan(planId: string) {
  const api = useApi();
  return useFollowed(
    () => api.call('feed:plan:get', { planId }),
    [api, planId],
    [
      { event: 'feed:changed', when: (changed) => changed.planId === planId || changed.planId === '' },
      { event: 'plans:changed', when: (changed) => changed.id === planId || changed.id === '' },
      { event: 'settings:changed' },
    ],
  );
}

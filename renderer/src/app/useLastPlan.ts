import { useCallback, useMemo } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { useApi } from '../api/ApiContext';

/** The areas that work on one plan at a time and reopen the one last opened. */
export const PLAN_AREAS = ['roster', 'publish'] as const;

/**
 * The plan last opened in Lịch trực or Xuất bản, kept in the settings (so it outlives the window,
 * and a browser-mode port that changes): their sidebar links open it directly, and a plan that is
 * gone is forgotten.
 */
export function useLastPlan(settings: Settings | null, onSettings: (s: Settings) => void) {
  const api = useApi();
  const last = settings?.lastPlanId ?? null;
  const store = useCallback(
    (lastPlanId: string | null) => {
      if (settings && last !== lastPlanId) void api.call('settings:update', { lastPlanId }).then(onSettings);
    },
    [api, settings, last, onSettings],
  );
  const opened = useMemo(
    () => ({
      remember: (planId: string) => store(planId),
      /** The plan could not be opened (deleted, unreadable): the link goes back to the list. */
      forget: (planId: string) => planId === last && store(null),
    }),
    [store, last],
  );
  return { last, opened };
}

/** What a plan area reports about the plan it shows. */
export type PlanOpened = ReturnType<typeof useLastPlan>['opened'];

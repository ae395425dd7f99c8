import { useEffect, useRef } from 'react';
import type { AppEventName, AppEvents } from '../../../shared/api/events';
import { useApi } from '../api/ApiContext';
import { useAsync } from '../components/useAsync';

/** An event that means the data may have changed; `when` narrows it (e.g. to one plan's id). */
export type Follow = { [E in AppEventName]: { event: E; when?: (payload: AppEvents[E]) => boolean } }[AppEventName];

/** Events that name the plan whose document was written (an empty id: any plan's may have been). */
type PlanDocumentEvent = 'dutyLog:changed' | 'readiness:changed' | 'caldav:changed' | 'feed:changed';

/** `event` for this plan, or for any plan (as a watcher that cannot tell, or a reconnected browser tab, says). */
export const forPlan = (event: PlanDocumentEvent, planId: string): Follow => ({ event, when: (changed: { planId: string }) => changed.planId === planId || changed.planId === '' }) as Follow;

/** The stored plan written, or any plan's (an empty id). */
export const planWritten = (planId: string): Follow => ({ event: 'plans:changed', when: (changed) => changed.id === planId || changed.id === '' });

/**
 * Data read from the store and read again whenever the main process pushes one of `follows`: a write
 * made by this window, another window or the CLI shows on every screen that holds the data, without
 * the screen reloading it itself. `deps` name what `load` depends on, as with useAsync.
 */
export function useFollowed<T>(load: () => Promise<T>, deps: unknown[], follows: readonly Follow[]) {
  const api = useApi();
  const state = useAsync(load, deps);
  const { reload } = state;
  // The events are read when they arrive, so a caller may pass a new array on every render.
  const latest = useRef(follows);
  latest.current = follows;
  const events = follows.map((f) => f.event).join(' ');
  useEffect(() => {
    const offs = [...new Set(events.split(' '))].map((event) =>
      api.listen(event as AppEventName, (payload) => {
        const matching = latest.current.filter((f) => f.event === event);
        if (matching.some((f) => !f.when || (f.when as (p: unknown) => boolean)(payload))) void reload();
      }),
    );
    return () => offs.forEach((off) => off());
  }, [api, events, reload]);
  return state;
}

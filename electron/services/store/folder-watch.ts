import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { EventSink } from '../adapters';

/** Writes come as a burst (temp file, rename, backup): one event per document after it settles. */
const SETTLE_MS = 150;
const DOCUMENT = /^[^.].*\.json$/;
const SETTINGS = new Set(['settings.json', 'mail.json', 'caldav.json', 'feed.json']);
const STAFF = 'staff.json';

/**
 * Turns changes made to the data folder by another process (the CLI, a second app over a shared
 * folder) into the contract's events, so an open page shows them and the reminder engine re-plans.
 * Our own writes are reported too, which only makes the page look again.
 */
export function watchDataFolder(dataDir: string, events: EventSink): { close(): void } {
  const plansDir = join(dataDir, 'plans');
  const caldavDir = join(dataDir, 'caldav');
  const feedDir = join(dataDir, 'feed');
  for (const dir of [plansDir, caldavDir, feedDir]) mkdirSync(dir, { recursive: true });
  const pending = new Map<string, NodeJS.Timeout>();
  const later = (key: string, emit: () => void) => {
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        emit();
      }, SETTLE_MS),
    );
  };
  // A plan's CalDAV journal and feed document are named by a form of its id that cannot always be read back: any plan's may have changed.
  const anyPlanIn = (dir: string, event: 'caldav:changed' | 'feed:changed') =>
    watch(dir, (_type, name) => {
      if (name && DOCUMENT.test(name)) later(event, () => events.emit(event, { planId: '' }));
    });
  const watchers: FSWatcher[] = [
    watch(plansDir, (_type, name) => {
      if (name && DOCUMENT.test(name)) later(`plan:${name}`, () => events.emit('plans:changed', { id: name.slice(0, -'.json'.length) }));
    }),
    anyPlanIn(caldavDir, 'caldav:changed'),
    anyPlanIn(feedDir, 'feed:changed'),
    watch(dataDir, (_type, name) => {
      if (name && SETTINGS.has(name)) later('settings', () => events.emit('settings:changed', {}));
      else if (name === STAFF) later('staff', () => events.emit('staff:changed', {}));
    }),
  ];
  // A watcher that fails (the folder removed, too many watches) leaves the app working without live updates.
  for (const watcher of watchers) watcher.on('error', () => watcher.close());
  return {
    close() {
      watchers.forEach((w) => w.close());
      pending.forEach((timer) => clearTimeout(timer));
    },
  };
}

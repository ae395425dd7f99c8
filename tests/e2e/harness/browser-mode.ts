import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomIds, type Clock } from '../../../electron/services/adapters';
import type { Services } from '../../../electron/services/app';
import { watchDataFolder } from '../../../electron/services/store/folder-watch';
import { EventStreams } from '../../../electron/web/event-stream';
import { memorySecrets } from '../../../electron/web/secrets';
import { startBrowserServer, type BrowserServer } from '../../../electron/web/server';
import { LaunchSessions } from '../../../electron/web/sessions';
import { webNotifier } from '../../../electron/web/web-notifier';
import { buildServices } from '../../helpers/build-services';
import { tickingClock } from '../../helpers/clock';
import { TEST_NOW } from './fixtures';

export interface BrowserMode {
  server: BrowserServer;
  services: Services;
  dataDir: string;
  clock: Clock;
  /** What the server printed to its terminal (reminders). */
  printed: string[];
}

/**
 * Browser mode as `npm start` runs it, in the test's process: the real server over the real
 * services and a data folder on disk, the page reaching it over HTTP with the session from the
 * launch link. Nothing is bound into the page: the transport under test is the page's own.
 */
export const test = base.extend<{ browserMode: BrowserMode }>({
  browserMode: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-browser-mode-'));
    const clock = tickingClock(TEST_NOW);
    await page.clock.install({ time: clock.origin });
    const streams = new EventStreams();
    const printed: string[] = [];
    const services = buildServices({
      dataDir,
      clock,
      ids: randomIds,
      events: streams,
      notifier: webNotifier(streams, (line) => printed.push(line)),
      secrets: memorySecrets(),
      mode: 'browser',
      logger: console,
    });
    const server = await startBrowserServer({ registry: services.registry, rendererRoot: resolve('dist/renderer'), sessions: new LaunchSessions(clock), events: streams });
    const watcher = watchDataFolder(dataDir, services.ctx.events);
    await use({ server, services, dataDir, clock, printed });
    watcher.close();
    services.reminders.engine.stop();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

import { test as base, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Clock } from '../../../electron/services/adapters';
import type { Services } from '../../../electron/services/app';
import { tickingClock } from '../../helpers/clock';
import { bindServices, servicesForPage } from './page-services';
import { serveStatic } from './static-server';

/**
 * The instant every browser test starts at, in the page (Playwright's clock) and in the services
 * alike: mid-January 2026, before Tết Bính Ngọ, so the sample Tết 2026 plan lies ahead whatever
 * day the tests run on.
 */
export const TEST_NOW = '2026-01-15T09:00:00+07:00';

export interface AppHarness {
  page: Page;
  /** The services' clock: TEST_NOW when the test began, then running at real speed like the page's. */
  clock: Clock;
  dataDir: string;
  services(): Services;
  /** The desktop's folder dialog: answers the folder a test puts here, once (null: the user cancels). */
  folderDialog: { next: string | null };
  /** Drops the services and builds new ones over the same folder, as an app restart would. */
  restartServices(): Services;
  /** Loads the renderer afresh (after a reload or restart). */
  open(hash?: string): Promise<void>;
}

/**
 * The real built renderer in Debian's Chromium, with the real handler table bound into the page
 * in place of the preload, over a real store on disk. Only the transport differs from the app; the
 * page's files are the browser's own (a file chooser, downloads), as in browser mode.
 */
export const test = base.extend<{ app: AppHarness }, { server: { url: string } }>({
  server: [
    async ({}, use) => {
      const server = await serveStatic(resolve('dist/renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-e2e-'));
    const clock = tickingClock(TEST_NOW);
    await page.clock.install({ time: clock.origin });
    const folderDialog: AppHarness['folderDialog'] = { next: null };
    const answerFolder = async () => {
      const folder = folderDialog.next;
      folderDialog.next = null;
      return folder;
    };
    const build = servicesForPage(page, dataDir, clock, undefined, answerFolder);
    let current = build();
    await bindServices(page, () => current);
    const harness: AppHarness = {
      page,
      clock,
      dataDir,
      folderDialog,
      services: () => current,
      restartServices: () => (current = build()),
      open: async (hash = '#/plans') => {
        // Going to the same URL with only a hash is a same-document navigation: leave first so the
        // app really loads again, as after a restart.
        await page.goto('about:blank');
        await page.goto(`${server.url}${hash}`);
      },
    };
    await harness.open();
    await use(harness);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

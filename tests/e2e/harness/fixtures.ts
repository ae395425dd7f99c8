import { test as base, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FileDialogs } from '../../../electron/services/adapters';
import type { Services } from '../../../electron/services/app';
import { bindServices, servicesForPage } from './page-services';
import { serveStatic } from './static-server';

/** File dialogs answered by the test: it sets the next path, or leaves null to cancel. */
export class ScriptedDialogs implements FileDialogs {
  nextSave: string | null = null;
  nextOpen: string | null = null;
  nextFolder: string | null = null;
  async saveFile() {
    return this.nextSave;
  }
  async openFile() {
    return this.nextOpen;
  }
  async chooseFolder() {
    return this.nextFolder;
  }
}

export interface AppHarness {
  page: Page;
  dataDir: string;
  dialogs: ScriptedDialogs;
  services(): Services;
  /** Drops the services and builds new ones over the same folder, as an app restart would. */
  restartServices(): Services;
  /** Loads the renderer afresh (after a reload or restart). */
  open(hash?: string): Promise<void>;
}

/**
 * The real built renderer in Debian's Chromium, with the real handler table bound into the page
 * in place of the preload, over a real store on disk. Only the transport differs from the app.
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
    const dialogs = new ScriptedDialogs();
    const build = servicesForPage(page, dataDir, dialogs);
    let current = build();
    await bindServices(page, () => current);
    const harness: AppHarness = {
      page,
      dataDir,
      dialogs,
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

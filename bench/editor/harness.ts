import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { systemClock } from '../../electron/services/adapters';
import type { Services } from '../../electron/services/app';
import { bindServices, servicesForPage } from '../../tests/e2e/harness/page-services';
import { serveStatic } from '../../tests/e2e/harness/static-server';
import { watchKeyToPaint } from './page-measures';

/** The built renderer in Debian's Chromium at 1366×768, over the real services in a temporary folder. */
export interface Bench {
  browser: Browser;
  page: Page;
  services: Services;
  /** Where the built renderer is served. */
  url: string;
}

/** Runs `body` against a fresh bench and takes it all down after, whatever happens. */
export async function withBench(body: (bench: Bench) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-bench-'));
  const server = await serveStatic(resolve('dist/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await page.addInitScript(watchKeyToPaint, ['Delete', 'z', 'Enter']);
    const services = servicesForPage(page, dataDir, systemClock)();
    await bindServices(page, () => services);
    await body({ browser, page, services, url: server.url });
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A fresh document at `hash`: a hash-only change would not reload the page. */
export async function openFresh(bench: Bench, hash: string) {
  await bench.page.goto('about:blank');
  await bench.page.goto(`${bench.url}${hash}`);
}

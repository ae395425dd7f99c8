import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser: these machines reach only npm and Debian.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  projects: [
    { name: 'app', testIgnore: '**/npm-start.spec.ts' },
    // `npm start` rebuilds dist/, which the other specs serve: it runs alone, after them.
    { name: 'npm-start', testMatch: '**/npm-start.spec.ts', dependencies: ['app'] },
  ],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--lang=vi', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});

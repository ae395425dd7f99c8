import { _electron as electron, expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { electronBinary, fetchElectron } from '../../electron/launch/electron-binary';
import { hasDisplay } from '../../electron/launch/display';
import { say } from '../../shared/i18n';

/** A display for the window: the machine's own, else a virtual one (Xvfb, installed by the test set-up). */
async function display(): Promise<{ env: NodeJS.ProcessEnv; stop(): void } | null> {
  if (hasDisplay()) return { env: {}, stop: () => {} };
  if (!existsSync('/usr/bin/Xvfb')) return null;
  const number = 90 + (process.pid % 9);
  const xvfb: ChildProcess = spawn('/usr/bin/Xvfb', [`:${number}`, '-screen', '0', '1366x768x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return { env: { DISPLAY: `:${number}` }, stop: () => xvfb.kill() };
}

// The same first-start fetch as `npm start`: the test runs wherever Electron's binary can be had.
test('the desktop shell starts and shows the plans screen', async () => {
  test.setTimeout(180_000);
  const root = resolve('.');
  let binary = electronBinary(root);
  if (!binary) {
    const fetched = await fetchElectron({ root });
    if (!fetched.ok) {
      const reason = `Electron's binary cannot be had on this machine (${say('en', fetched.reason)}): Electron launch test skipped.`;
      console.log(reason);
      test.skip(true, reason);
      return;
    }
    binary = fetched.binary;
  }
  const screen = await display();
  test.skip(!screen, 'No display and no Xvfb: Electron launch test skipped.');
  try {
    const app = await electron.launch({ executablePath: binary, args: ['.'], env: { ...process.env, ...screen!.env, LICH_TRUC_DATA_DIR: resolve('test-results/electron-data') } });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
    await app.close();
  } finally {
    screen!.stop();
  }
});

import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where Electron's install step would have put the binary (it reads path.txt next to it). */
function electronBinary(): string | null {
  const dir = resolve('node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test('the packaged shell starts and shows the plans screen', async () => {
  const binary = electronBinary();
  if (!binary) {
    const reason = "Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD; GitHub unreachable here): Electron launch test skipped.";
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  const app = await electron.launch({ executablePath: binary, args: ['.'], env: { ...process.env, LICH_TRUC_DATA_DIR: resolve('test-results/electron-data') } });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
  await app.close();
});

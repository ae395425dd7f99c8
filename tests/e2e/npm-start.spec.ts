import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary } from '../../electron/launch/electron-binary';
import { discoveryPath } from '../../electron/web/discovery';

const root = resolve('.');
/** The URL line's link: `http://127.0.0.1:PORT/…`, up to a space or the end of the line. */
const LINK = /http:\/\/127\.0\.0\.1:(\d+)\/\S*/;

interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first printed link. */
  link: Promise<string>;
  exited: Promise<number | null>;
}

/** A command in its own process group, as a terminal runs it, so Ctrl+C can be sent to all of it. */
function launch(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const link = new Promise<string>((resolveLink, reject) => {
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      const found = LINK.exec(output);
      if (found) resolveLink(found[0]);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.on('exit', () => reject(new Error(`exited without a link:\n${output}`)));
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => output, link, exited };
}

test('npm start without Electron’s binary prints a link, that page is the app, a second start prints the first one’s link, and Ctrl+C stops it', async ({ page }) => {
  // The build inside `npm start` and the failed first-start download take a while on a loaded machine.
  test.setTimeout(240_000);
  test.skip(electronBinary(root) !== null, 'Electron’s binary is installed here: npm start would open the desktop app.');
  const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-npm-start-'));
  const cache = mkdtempSync(join(tmpdir(), 'lich-truc-electron-cache-'));
  // A display, so only the missing binary sends it to the browser; a mirror that refuses at once
  // stands in for a machine that cannot reach GitHub.
  const env = { ...process.env, LICH_TRUC_DATA_DIR: dataDir, DISPLAY: ':97', ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache };
  const first = launch('npm', ['start', '--', '--no-open'], env);
  try {
    const url = await first.link;
    expect(first.output()).toContain(
      'Chạy Lịch Trực trong trình duyệt (không tải được Electron: lỗi ECONNREFUSED). / Starting Lịch Trực in the browser (Electron could not be downloaded: error ECONNREFUSED).',
    );
    expect(statSync(discoveryPath(dataDir)).mode & 0o777).toBe(0o600);

    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
    await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();

    // A second start over the same folder starts nothing: it prints a fresh link to the first.
    const second = launch(process.execPath, ['dist/launch/start.mjs', '--browser', '--no-open'], env);
    const again = await second.link;
    expect(await second.exited).toBe(0);
    expect(second.output()).toContain('Lịch Trực đã chạy trên thư mục dữ liệu này');
    expect(LINK.exec(again)![1]).toBe(LINK.exec(url)![1]);
    expect(again).not.toBe(url);

    // Ctrl+C reaches the whole group; npm itself dies of the signal, the server stops cleanly.
    process.kill(-first.child.pid!, 'SIGINT');
    await first.exited;
    expect(first.output()).toContain('Đang dừng… / Stopping…\nĐã dừng. / Stopped.');
    expect(existsSync(discoveryPath(dataDir))).toBe(false);
  } finally {
    if (first.child.exitCode === null && first.child.signalCode === null) process.kill(-first.child.pid!, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
});

test('with no display at all, the app starts in the browser and says why', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-no-display-'));
  const env: NodeJS.ProcessEnv = { ...process.env, LICH_TRUC_DATA_DIR: dataDir };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const started = launch(process.execPath, ['dist/launch/start.mjs', '--no-open'], env);
  try {
    const url = await started.link;
    // Each half in its own language, the reason included.
    expect(started.output()).toContain('Chạy Lịch Trực trong trình duyệt (không có màn hình). / Starting Lịch Trực in the browser (no display).');
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
  } finally {
    process.kill(-started.child.pid!, 'SIGTERM');
    await started.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a port that is not one is refused before anything starts, in both languages, with the usage', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-bad-port-'));
  const started = launch(process.execPath, ['dist/launch/start.mjs', '--browser', '--port', '80a', '--no-open'], { ...process.env, LICH_TRUC_DATA_DIR: dataDir });
  started.link.catch(() => {});
  try {
    expect(await started.exited).toBe(2);
    expect(started.output()).toBe(
      '--port phải là số cổng từ 0 đến 65535, không phải "80a". / --port must be a port number from 0 to 65535, not "80a".\n' +
        'Cách dùng: npm start [-- --browser] [--port N] [--no-open] / Usage: npm start [-- --browser] [--port N] [--no-open]\n',
    );
    expect(existsSync(discoveryPath(dataDir))).toBe(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

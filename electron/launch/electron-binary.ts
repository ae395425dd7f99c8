import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { msg, type Message } from '../../shared/i18n/message';

/**
 * Electron's binary as its own package finds it: `path.txt` names the executable inside `dist/`.
 * Null when the install step never ran (package.json denies it so that `npm install` never fails).
 */
export function electronBinary(root: string): string | null {
  const dir = join(root, 'node_modules', 'electron');
  try {
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export interface FetchOptions {
  root: string;
  /** Gives up when no byte arrived for this long (a proxy that swallows the connection). */
  stallMs?: number;
  /** One line, rewritten in place as bytes arrive. */
  progress?: (text: string) => void;
}

export type FetchOutcome = { ok: true; binary: string } | { ok: false; reason: Message };

/** Total size of the files under a folder (the download in progress, or the unpacked binary). */
function sizeOf(dir: string): number {
  let total = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
    }
  } catch {
    // A file moved away between listing and stat: counted at the next look.
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Runs Electron's own install script on demand (it honours ELECTRON_MIRROR and
 * electron_config_cache). Its temporary folder is ours, so progress is the bytes landing there and
 * in `dist/`; the script is stopped after `stallMs` without a new byte.
 */
export async function fetchElectron({ root, stallMs = 20_000, progress = () => {} }: FetchOptions): Promise<FetchOutcome> {
  const script = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(script)) return { ok: false, reason: msg('launch.download.noModule') };
  const temp = mkdtempSync(join(tmpdir(), 'lich-truc-electron-'));
  const dist = join(root, 'node_modules', 'electron', 'dist');
  // The skip variable would make install.js do nothing: this is the moment it is meant to run.
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp, TEMP: temp, TMP: temp };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const child = spawn(process.execPath, [script], { cwd: join(root, 'node_modules', 'electron'), env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let last = -1;
  let lastChange = Date.now();
  let stalled = false;
  const watch = setInterval(() => {
    const bytes = sizeOf(temp) + sizeOf(dist);
    if (bytes !== last) {
      last = bytes;
      lastChange = Date.now();
      progress(mb(bytes));
    } else if (Date.now() - lastChange > stallMs) {
      stalled = true;
      child.kill();
    }
  }, 250);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  clearInterval(watch);
  rmSync(temp, { recursive: true, force: true });
  const binary = electronBinary(root);
  if (code === 0 && binary) return { ok: true, binary };
  if (stalled) return { ok: false, reason: msg('launch.download.stalled', { seconds: Math.round(stallMs / 1000) }) };
  const cause = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|\b40[34]\b/.exec(stderr)?.[0];
  return { ok: false, reason: cause ? msg('launch.download.failed', { cause }) : msg('launch.download.exited', { code: code ?? '?' }) };
}

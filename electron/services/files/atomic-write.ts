import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileError } from './file-error';
import { deadOnThisHost, thisProcess } from './process-owner';

/**
 * Every file the app or the CLI writes goes through here: the bytes go to a temp file in the same
 * folder, are flushed to disk, and the temp file is renamed over the target. A crash at any moment
 * leaves either the old file or the new one, never a half-written one.
 *
 * The temp file is `.<name>.tmp-<host>-<pid>-<random>`, so a later writer can tell a dead writer's
 * leftover (removed) from a live one's (left alone).
 */
const OWNED_TEMP = /^\.(.+)\.tmp-([0-9a-f]{8})-(\d+)-[0-9a-f]{8}$/;
/** conf (and electron-store) write the store through `atomically`: `<file>.tmp-<10 digits><6 hex>`, no owner in the name. */
const STORE_TEMP = /\.tmp-\d{10}[0-9a-f]{6}$/;
/** A temp file from another computer (a shared folder) is only taken for dead after this long. */
const FOREIGN_TEMP_MS = 24 * 3600_000;
/** Windows refuses a rename for a moment while an antivirus or indexer has the target open. */
const RENAME_RETRIES = [20, 50, 100, 200, 400];

/** Where a file's next content is written first, named after its writer. */
export function tempPathFor(target: string): string {
  const owner = thisProcess();
  return join(dirname(target), `.${basename(target)}.tmp-${owner.host}-${owner.pid}-${randomBytes(4).toString('hex')}`);
}

/** Keeps the permissions of the file being replaced (a private file stays private). */
function modeOf(target: string): number {
  try {
    return statSync(target).mode & 0o777;
  } catch {
    return 0o666;
  }
}

const retryable = (error: unknown) => process.platform === 'win32' && ['EPERM', 'EACCES', 'EBUSY'].includes((error as NodeJS.ErrnoException).code ?? '');

function renameSyncWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      return renameSync(from, to);
    } catch (error) {
      const wait = RENAME_RETRIES[attempt];
      if (wait === undefined || !retryable(error)) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const wait = RENAME_RETRIES[attempt];
      if (wait === undefined || !retryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** The rename itself is durable only once the folder is flushed; Windows cannot open a folder, and needs not. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems (network shares) refuse fsync on a folder; the data itself is flushed.
  }
}

export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  removeDeadTemps(dirname(target), basename(target));
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx', modeOf(target));
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSyncWithRetry(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw fileError('write', target, error);
  }
  syncFolder(dirname(target));
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  removeDeadTemps(dirname(target), basename(target));
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx', modeOf(target));
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw fileError('write', target, error);
  }
  syncFolder(dirname(target));
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether a temp file's writer is certainly gone. `storeTempsAfterMs` also judges conf's owner-less temp files by age. */
function isDeadTemp(folder: string, name: string, storeTempsAfterMs?: number): boolean {
  const owned = OWNED_TEMP.exec(name);
  if (owned) {
    const owner = { host: owned[2]!, pid: Number(owned[3]) };
    return deadOnThisHost(owner) || (owner.host !== thisProcess().host && ageMs(join(folder, name)) > FOREIGN_TEMP_MS);
  }
  return storeTempsAfterMs !== undefined && STORE_TEMP.test(name) && ageMs(join(folder, name)) > storeTempsAfterMs;
}

/**
 * Removes the temp files of dead writers in a folder (only those of `target` when given) and
 * returns their names. A live writer's temp file is never touched.
 */
export function removeDeadTemps(folder: string, target?: string, storeTempsAfterMs?: number): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (target !== undefined && !name.startsWith(`.${target}.tmp-`)) continue;
    if (!isDeadTemp(folder, name, storeTempsAfterMs)) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** The same through a whole tree (the data folder, with its plans, trash and backups). */
export function removeDeadTempsIn(root: string, storeTempsAfterMs?: number): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const below = entries.filter((e) => e.isDirectory()).flatMap((e) => removeDeadTempsIn(join(root, e.name), storeTempsAfterMs).map((n) => join(e.name, n)));
  return [...removeDeadTemps(root, undefined, storeTempsAfterMs), ...below];
}

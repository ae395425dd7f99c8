import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../../shared/errors/app-error';
import { removeDeadTemps } from '../files/atomic-write';
import { createWhole } from '../files/create-whole';
import { fileError } from '../files/file-error';
import { deadOnThisHost, thisProcess, type ProcessOwner } from '../files/process-owner';
import { msg } from '../../../shared/i18n/message';

interface LockOwner extends ProcessOwner {
  token: string;
}

/** What a waiting process sees of the lock file: its content and when it last changed. */
export interface HeldLock {
  content: string;
  owner: LockOwner | null;
  mtimeMs: number;
}

/** The holder touches the lock this often, so others can tell it is alive. */
const HEARTBEAT_MS = 1000;
/**
 * A lock that has not changed while we watched this long is taken for dead. Measured on our own
 * clock, so computers of a shared folder need not agree on the time; FAT's 2-s mtimes still change.
 */
export const SILENT_MS = 6000;
/**
 * A live pid on this computer is trusted this long without a heartbeat (the pid may have been
 * reused by another process since its holder died). Measured by the lock file's age, since the
 * holder stamps it with this computer's clock: any waiter can tell, not only one that watched
 * this long: a waiter gives up after WAIT_MS, shorter than this, so watching alone never gets there.
 */
export const SILENT_LOCAL_MS = 30_000;
/** Watched unchanged this long (FAT's mtimes move every 2 s), a lock's age is its holder's stamp. */
export const AGE_TRUSTED_AFTER_MS = 3 * HEARTBEAT_MS;
/** How long a writer waits for a live holder before saying BUSY. */
const WAIT_MS = 20_000;

/**
 * Whether a lock is abandoned: its holder on this computer is gone (at once), or it stayed
 * unchanged while we watched (`silentFor` ms) longer than a live holder's heartbeat allows; a
 * holder on this computer also when the lock is that old by this computer's clock (`nowMs`).
 */
export function isAbandoned(held: HeldLock, silentFor: number, nowMs = Date.now()): boolean {
  if (held.owner && deadOnThisHost(held.owner)) return true;
  const local = held.owner !== null && held.owner.host === thisProcess().host;
  if (!local) return silentFor > SILENT_MS;
  // The age counts only once we saw it unchanged past a few heartbeats: a lock just created on a
  // network share carries the server's clock until its holder's first touch.
  return silentFor > SILENT_LOCAL_MS || (silentFor > AGE_TRUSTED_AFTER_MS && nowMs - held.mtimeMs > SILENT_LOCAL_MS);
}

/** The lock file as a waiter sees it (null: no lock). */
export function readHeld(path: string): HeldLock | null {
  try {
    const content = readFileSync(path, 'utf8');
    const { mtimeMs } = statSync(path);
    let owner: LockOwner | null = null;
    try {
      const parsed = JSON.parse(content) as Partial<LockOwner>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') owner = parsed as LockOwner;
    } catch {
      // Killed between creating the file and writing it: an owner-less lock, judged by silence.
    }
    return { content, owner, mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { content: '', owner: null, mtimeMs: statSync(path).mtimeMs };
    throw fileError('read', path, error);
  }
}

/**
 * Takes an abandoned lock out of the way without ever removing a live one: it is renamed first,
 * and removed only if what was renamed is still the lock that was judged abandoned.
 */
function breakLock(path: string, judged: HeldLock): void {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Someone else broke or released it first.
  }
  const moved = readHeld(aside);
  if (moved && moved.content === judged.content) rmSync(aside, { recursive: true, force: true });
  else renameSync(aside, path);
}

/**
 * A lock shared by processes through one file (`<file>` holds the owner's pid, host and token). The
 * holder touches it every second; a waiter breaks it when its holder's pid is gone from this
 * computer, or when it stayed silent too long — never while a live holder keeps it.
 */
export class FileLock {
  constructor(
    readonly path: string,
    private readonly waitMs = WAIT_MS,
  ) {}

  async acquire(): Promise<() => void> {
    const owner: LockOwner = { ...thisProcess(), token: randomBytes(8).toString('hex') };
    const content = JSON.stringify(owner);
    const started = performance.now();
    let watched: { content: string; mtimeMs: number; since: number } | null = null;
    // The temp file of a writer killed while creating the lock (createWhole).
    removeDeadTemps(dirname(this.path), basename(this.path));
    for (let attempt = 0; ; attempt++) {
      try {
        if (createWhole(this.path, content)) return this.#hold(content);
      } catch (error) {
        throw fileError('write', this.path, error);
      }
      const held = readHeld(this.path);
      if (!held) continue;
      const now = performance.now();
      if (!watched || watched.content !== held.content || watched.mtimeMs !== held.mtimeMs) watched = { content: held.content, mtimeMs: held.mtimeMs, since: now };
      if (isAbandoned(held, now - watched.since)) {
        breakLock(this.path, held);
        continue;
      }
      if (now - started > this.waitMs) throw new AppError('BUSY', msg('error.busyWriting'));
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, 10 * 2 ** Math.min(attempt, 5))));
    }
  }

  #hold(content: string): () => void {
    const heartbeat = setInterval(() => {
      try {
        const now = new Date();
        utimesSync(this.path, now, now);
      } catch {
        // Gone or unreachable for a moment: the release below still only removes our own lock.
      }
    }, HEARTBEAT_MS);
    heartbeat.unref();
    return () => {
      clearInterval(heartbeat);
      if (readHeld(this.path)?.content === content) rmSync(this.path, { force: true });
    };
  }
}

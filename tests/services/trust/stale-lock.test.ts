import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostTag, processStart } from '../../../electron/services/files/process-owner';
import { AGE_TRUSTED_AFTER_MS, FileLock, isAbandoned, SILENT_LOCAL_MS, SILENT_MS } from '../../../electron/services/store/file-lock';
import { planInput } from '../../helpers/tet-plan';
import { tempDir, tempServices } from '../../helpers/services';
import { deadPid } from '../../helpers/child';

const lockOf = (pid: number, host = hostTag()) => JSON.stringify({ pid, host, started: processStart(pid), token: 'f00d' });

/**
 * A process that has ended but that its parent never reaps (a zombie): `sh` starts it in the
 * background and becomes `sleep`, which never waits for children. Linux only (read from /proc).
 */
async function zombie(): Promise<{ pid: number; end: () => void }> {
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const [line] = await new Promise<string[]>((resolve) => parent.stdout.setEncoding('utf8').once('data', (t: string) => resolve(t.split('\n'))));
  const pid = Number(line);
  const state = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0];
  while (state() !== 'Z') await new Promise((resolve) => setTimeout(resolve, 10));
  return { pid, end: () => parent.kill('SIGKILL') };
}

describe('the write lock after a crash', () => {
  it('is taken over at once when its holder on this computer is dead, so the next write succeeds', async () => {
    const env = tempServices();
    // What a process killed while holding the lock leaves behind, touched a moment ago.
    writeFileSync(join(env.dataDir, 'write.lock'), lockOf(deadPid()));

    // Before: BUSY after 12 s of retries, since the lock looked fresh for 15 s.
    const plan = await env.services.plans.create(planInput());

    expect(env.services.plans.get(plan.id).name).toBe(planInput().name);
    expect(existsSync(join(env.dataDir, 'write.lock'))).toBe(false);
  });

  it.runIf(process.platform === 'linux')('is taken over at once when its holder was killed but not yet reaped by its parent (a zombie)', async () => {
    const held = await zombie();
    try {
      const path = join(tempDir(), 'write.lock');
      writeFileSync(path, lockOf(held.pid));

      // Before: signal 0 reaches a zombie, so it passed for a live holder and the writer said BUSY.
      const release = await new FileLock(path, 300).acquire();

      expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
      release();
    } finally {
      held.end();
    }
  });

  it('is taken over when a live pid here has left it untouched too long (the pid was reused), though no waiter watched it that long', async () => {
    const path = join(tempDir(), 'write.lock');
    writeFileSync(path, lockOf(process.pid));
    // Its last touch, well past the silence a live holder here is allowed (from the file's own stamp).
    const longAgo = new Date(statSync(path).mtimeMs - SILENT_LOCAL_MS - 5000);
    utimesSync(path, longAgo, longAgo);

    // Before: only a waiter that watched it 30 s could break it, and every waiter gave up at 20 s.
    const release = await new FileLock(path, AGE_TRUSTED_AFTER_MS + 2000).acquire();

    expect(JSON.parse(readFileSync(path, 'utf8')).token).not.toBe('f00d');
    release();
  });

  it.runIf(process.platform === 'linux')('is taken over at once when its pid now belongs to another process than its holder (started at another moment)', async () => {
    const path = join(tempDir(), 'write.lock');
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostTag(), started: 'an-earlier-boot:4242', token: 'f00d' }));

    // Before: a live pid was trusted until the lock was 30 s old, so this waiter said BUSY.
    const release = await new FileLock(path, 300).acquire();

    expect(JSON.parse(readFileSync(path, 'utf8')).token).not.toBe('f00d');
    release();
  });

  it('is never taken from a live holder: the writer waits for its release', async () => {
    const path = join(tempDir(), 'write.lock');
    writeFileSync(path, lockOf(process.pid));
    let acquired = false;
    const waiting = new FileLock(path).acquire().then((release) => ((acquired = true), release));

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(acquired).toBe(false);
    expect(existsSync(path)).toBe(true);

    rmSync(path); // the holder releases it
    (await waiting)();
    expect(acquired).toBe(true);
  });

  it('says BUSY when a live holder keeps it past the wait', async () => {
    const path = join(tempDir(), 'write.lock');
    writeFileSync(path, lockOf(process.pid));
    await expect(new FileLock(path, 300).acquire()).rejects.toMatchObject({ code: 'BUSY' });
  });

  it('from another computer is taken for dead only after staying unchanged longer than its heartbeat allows', () => {
    const now = 1_800_000_000_000;
    const remote = { content: '', owner: { pid: 1, host: 'ffffffff', token: 'x' }, mtimeMs: now };
    const localAlive = { ...remote, owner: { ...remote.owner, pid: process.pid, host: hostTag() } };
    const localAliveOld = { ...localAlive, mtimeMs: now - SILENT_LOCAL_MS - 1 };
    const ownerless = { ...remote, owner: null };

    expect([isAbandoned(remote, SILENT_MS - 1000), isAbandoned(remote, SILENT_MS + 1)]).toEqual([false, true]);
    expect([isAbandoned(ownerless, SILENT_MS - 1000), isAbandoned(ownerless, SILENT_MS + 1)]).toEqual([false, true]);
    // A live pid here is trusted much longer (only pid reuse after a crash makes it silent).
    expect([isAbandoned(localAlive, SILENT_MS + 1, now), isAbandoned(localAlive, SILENT_LOCAL_MS + 1, now)]).toEqual([false, true]);
    // Stamped by its holder with this computer's clock, its age tells too, once watched past a few heartbeats.
    expect([isAbandoned(localAliveOld, AGE_TRUSTED_AFTER_MS - 1, now), isAbandoned(localAliveOld, AGE_TRUSTED_AFTER_MS + 1, now)]).toEqual([false, true]);
  });
});

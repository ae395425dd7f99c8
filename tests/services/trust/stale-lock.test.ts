import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostTag } from '../../../electron/services/files/process-owner';
import { FileLock, isAbandoned, SILENT_LOCAL_MS, SILENT_MS } from '../../../electron/services/store/file-lock';
import { planInput } from '../../helpers/plans';
import { tempDir, tempServices } from '../../helpers/services';
import { deadPid } from '../../helpers/child';

const lockOf = (pid: number, host = hostTag()) => JSON.stringify({ pid, host, token: 'f00d' });

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
    const remote = { content: '', owner: { pid: 1, host: 'ffffffff', token: 'x' }, mtimeMs: 0 };
    const localAlive = { ...remote, owner: { ...remote.owner, pid: process.pid, host: hostTag() } };
    const ownerless = { ...remote, owner: null };

    expect([isAbandoned(remote, SILENT_MS - 1000), isAbandoned(remote, SILENT_MS + 1)]).toEqual([false, true]);
    expect([isAbandoned(ownerless, SILENT_MS - 1000), isAbandoned(ownerless, SILENT_MS + 1)]).toEqual([false, true]);
    // A live pid here is trusted much longer (only pid reuse after a crash makes it silent).
    expect([isAbandoned(localAlive, SILENT_MS + 1), isAbandoned(localAlive, SILENT_LOCAL_MS + 1)]).toEqual([false, true]);
  });
});

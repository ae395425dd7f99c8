import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileLock } from '../../../electron/services/store/file-lock';
import { tempDir } from '../../helpers/services';
import { disk } from '../../helpers/full-disk';

vi.mock('node:fs', async (importOriginal) => (await import('../../helpers/full-disk')).fullDiskFs(await importOriginal()));

afterEach(() => {
  disk.full = false;
});

describe('taking a lock on a full disk', () => {
  it('fails saying it could not write, and leaves no empty lock that would keep the next writer waiting', async () => {
    const folder = tempDir();
    const path = join(folder, 'write.lock');
    disk.full = true;

    await expect(new FileLock(path, 300).acquire()).rejects.toMatchObject({ code: 'FILE_UNWRITABLE' });

    // Before: an empty write.lock stayed, owner-less, so every later writer waited 6 s of its silence.
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
    disk.full = false;
    const release = await new FileLock(path, 300).acquire();
    release();
  });
});

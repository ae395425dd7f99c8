import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDeadTemps, writeFileAtomic, writeFileAtomicSync } from '../../../electron/services/files/atomic-write';
import { hostTag } from '../../../electron/services/files/process-owner';
import { deadPid, exitOf, spawnTs, waitForLine } from '../../helpers/child';
import { tempDir, tempServices } from '../../helpers/services';
import { planInput } from '../../helpers/tet-plan';

const KILLS = 5;

describe('writing a file atomically', () => {
  // Each writer is a new process compiling TypeScript through tsx: about a second on a quiet machine,
  // over four at a load of 8, where five of them outran the default 20 s. What is checked is the file.
  it(`leaves the old or the new content, never a partial file, across ${KILLS} kill -9 mid-write`, { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const target = join(dir, 'ke-hoach.lichtruc.json');
    const seen = new Set<string>();
    for (let round = 0; round < KILLS; round++) {
      const child = spawnTs('tests/helpers/children/atomic-writer.ts', [target, 'atomic']);
      await waitForLine(child, 'ready');
      // Somewhere inside one of the 4-MB writes.
      await new Promise((resolve) => setTimeout(resolve, 30 + ((round * 37) % 120)));
      child.kill('SIGKILL');
      await exitOf(child);
      if (!existsSync(target)) continue;
      const content = readFileSync(target, 'utf8');
      expect(content.length).toBe(4 * 1024 * 1024);
      expect(content === 'A'.repeat(content.length) || content === 'B'.repeat(content.length)).toBe(true);
      seen.add(content[0]!);
    }
    // The killed writers' temp files are removed by the next writer, which then succeeds.
    writeFileAtomicSync(target, 'done');
    expect(readFileSync(target, 'utf8')).toBe('done');
    expect(readdirSync(dir)).toEqual(['ke-hoach.lichtruc.json']);
  });

  it('keeps the file it replaces when the write fails, and says it could not write', async () => {
    const dir = tempDir();
    const target = join(dir, 'thong-bao.docx');
    writeFileSync(target, 'bản cũ');

    await expect(writeFileAtomic(join(dir, 'khong-co', 'x.ics'), 'x')).rejects.toMatchObject({ code: 'FILE_UNWRITABLE', message: expect.stringMatching(/thư mục không tồn tại/) });
    // A folder where the file should be: the rename fails after the data was written.
    await expect(writeFileAtomic(dir, 'x')).rejects.toMatchObject({ code: 'FILE_UNWRITABLE' });
    expect(readFileSync(target, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir)).toEqual(['thong-bao.docx']);
  });

  it("removes a dead writer's temp file and never a live one's", () => {
    const dir = tempDir();
    const dead = `.lich.ics.tmp-${hostTag()}-${deadPid()}-0badc0de`;
    const live = `.lich.ics.tmp-${hostTag()}-${process.pid}-12345678`;
    const otherHostRecent = `.lich.ics.tmp-ffffffff-${deadPid()}-87654321`;
    const otherFile = `.khac.ics.tmp-${hostTag()}-${deadPid()}-11111111`;
    for (const name of [dead, live, otherHostRecent, otherFile]) writeFileSync(join(dir, name), 'x');

    writeFileAtomicSync(join(dir, 'lich.ics'), 'BEGIN:VCALENDAR');

    expect(readdirSync(dir).sort()).toEqual([live, otherFile, otherHostRecent, 'lich.ics'].sort());
    expect(removeDeadTemps(dir)).toEqual([otherFile]);
  });

  it("cleans the store's own leftovers in the data folder once the write lock is held, but not a fresh one", async () => {
    const env = tempServices();
    const plans = join(env.dataDir, 'plans');
    const old = join(env.dataDir, 'settings.json.tmp-1767225600abcdef');
    const fresh = join(env.dataDir, 'staff.json.tmp-1767225601abcdef');
    const ours = join(plans, `.x.json.tmp-${hostTag()}-${deadPid()}-0badc0de`);
    writeFileSync(old, '{');
    writeFileSync(fresh, '{');
    await env.services.plans.create(planInput());
    writeFileSync(ours, '{');
    const longAgo = new Date(statSync(old).mtimeMs - 10 * 60_000);
    utimesSync(old, longAgo, longAgo);

    await env.restart().plans.create(planInput());

    expect([existsSync(old), existsSync(fresh), existsSync(ours)]).toEqual([false, true, false]);
  });
});

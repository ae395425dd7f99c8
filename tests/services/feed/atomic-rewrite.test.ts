import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFeedFolder } from '../../../electron/services/feed/folder';
import { exportSource } from '../../../shared/export/source';
import { feedFiles } from '../../../shared/feed/files';
import type { Plan } from '../../../shared/plan/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { spawnTs } from '../../helpers/child';
import { publish } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { tempDir } from '../../helpers/services';

const WRITES = 300;
const NAME = '0123456789abcdef0123456789abcdef.ics';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The whole roster's feed file of a published v1 and v2 of Tết (a full holiday: the biggest file). */
function twoContents(): [string, string] {
  const settings = { ...defaultSettings(), organisation: { unitEmail: 'ttcntt@stttt.example.vn' } };
  const v1: Plan = { ...tetRoster({ name: 'Trực Tết Bính Ngọ 2026' }), id: 'atomic' };
  const v2 = publish({ ...v1, assignments: v1.assignments.slice(1) }, '2026-02-05T02:00:00.000Z');
  const roster = (plan: Plan) =>
    feedFiles(exportSource(plan, new Date(plan.updatedAt)), settings, { baseUrl: 'https://intranet.example.vn/lich/', refreshMinutes: 60, fileNameOf: () => NAME })[0]!.ics;
  return [roster(v1), roster(v2)];
}

/** Starts a reader process on the file, runs `rewrite` while it reads, and returns what it saw. */
async function readWhile(folder: string, rewrite: () => Promise<void>): Promise<{ reads: number; seen: Record<string, number> }> {
  const stop = join(folder, '..', `stop-${Math.random().toString(36).slice(2)}`);
  const reader = spawnTs('tests/helpers/children/feed-reader.ts', [join(folder, NAME), stop]);
  let stdout = '';
  let stderr = '';
  reader.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  reader.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const [code] = await Promise.all([
    once(reader, 'exit'),
    (async () => {
      while (!stdout.includes('ready') && reader.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      await rewrite();
      writeFileSync(stop, '');
    })(),
  ]);
  expect(code[0], stderr).toBe(0);
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { reads: number; seen: Record<string, number> };
}

describe('re-writing the feed while it is being read', { timeout: 120_000 }, () => {
  it(`a reader in another process never sees a partial file across ${WRITES} re-writes`, async () => {
    const folder = tempDir('lich-truc-feed-atomic-');
    const [a, b] = twoContents();
    await writeFeedFolder(folder, { files: [{ fileName: NAME, ics: a }], previous: [] });

    const { reads, seen } = await readWhile(folder, async () => {
      for (let i = 1; i <= WRITES; i++) await writeFeedFolder(folder, { files: [{ fileName: NAME, ics: i % 2 ? b : a }], previous: [NAME] });
    });

    // Only ever the whole old file or the whole new one, and both of them while the writes went on.
    expect(Object.keys(seen).sort()).toEqual([sha(a), sha(b)].sort());
    expect(reads).toBeGreaterThan(WRITES);
  });

  it('the same reader does catch a file written in place (the check can fail)', async () => {
    const folder = tempDir('lich-truc-feed-atomic-');
    const [a, b] = twoContents();
    writeFileSync(join(folder, NAME), a);

    const { seen } = await readWhile(folder, async () => {
      for (let i = 1; i <= 100; i++) {
        // What a plain writeFile does, with the pause a busy disk puts between its chunks.
        const text = i % 2 ? b : a;
        const fd = openSync(join(folder, NAME), 'w');
        writeSync(fd, text.slice(0, text.length / 2));
        await new Promise((resolve) => setTimeout(resolve, 2));
        writeSync(fd, text.slice(text.length / 2));
        closeSync(fd);
      }
    });

    const partial = Object.keys(seen).filter((digest) => digest !== sha(a) && digest !== sha(b));
    expect(partial.length).toBeGreaterThan(0);
  });
});

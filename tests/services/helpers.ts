import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { noEvents } from '../../electron/services/adapters';
import { createServices, type Services } from '../../electron/services/app';
import { confFactory } from '../../electron/services/store/conf-factory';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-test-'));
  folders.push(dir);
  return dir;
}

/** Real services over conf in a temp folder, with a fixed clock and numbered ids. */
export function testServices(options: { dataDir?: string } = {}): Services {
  let n = 0;
  return createServices({
    dataDir: options.dataDir ?? tempDir(),
    confFactory,
    clock: { now: () => new Date('2026-01-10T03:00:00.000Z') },
    ids: { newId: () => `id-${++n}` },
    events: noEvents,
  });
}

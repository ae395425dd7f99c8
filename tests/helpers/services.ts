import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { noEvents, type EventSink, type FolderPicker, type IdGenerator } from '../../electron/services/adapters';
import { createServices, type Services } from '../../electron/services/app';
import { confFactory } from '../../electron/services/store/conf-factory';
import { fakeClock, type FakeClock } from './clock';

export { DEFAULT_NOW, fakeClock, type FakeClock } from './clock';

/**
 * Shared set-up for tests over the real services: a fixed clock the test moves by hand, ids that
 * read in creation order, and a data folder of its own that is removed when the test ends.
 * Call these inside a test (or beforeEach): clean-up is registered with onTestFinished.
 */

/** `id-0001`, `id-0002`, … — predictable, and sorted the way they were made. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { newId: () => `${prefix}-${String(++n).padStart(4, '0')}` };
}

/** A fresh folder under the OS temp folder, removed after the test. */
export function tempDir(label = 'lich-truc-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), label));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function writeJsonFile(path: string, value: unknown): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2), 'utf8');
  return path;
}

export const readJsonFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Records every event a service emits, in order. */
export function recordingEvents(): EventSink & { log: { event: string; payload: unknown }[] } {
  const log: { event: string; payload: unknown }[] = [];
  return { log, emit: (event, payload) => void log.push({ event, payload }) };
}

export interface TempServicesOptions {
  now?: string | Date;
  /** Reuse a folder (another "process" over the same data); a new temp folder otherwise. */
  dataDir?: string;
  clock?: FakeClock;
  ids?: IdGenerator;
  events?: EventSink;
  folderPicker?: FolderPicker;
}

export interface TempServices {
  services: Services;
  dataDir: string;
  clock: FakeClock;
  ids: IdGenerator;
  /** New services over the same folder, clock and ids, as after an app restart. */
  restart(): Services;
}

/** The real services over conf in a temp folder, with a fake clock and sequential ids. */
export function tempServices(options: TempServicesOptions = {}): TempServices {
  const dataDir = options.dataDir ?? tempDir();
  const clock = options.clock ?? fakeClock(options.now);
  const ids = options.ids ?? sequentialIds();
  const build = () =>
    createServices(
      { dataDir, confFactory, clock, ids, events: options.events ?? noEvents, folderPicker: options.folderPicker },
      // Handlers that fail on purpose would otherwise print stacks into the test output.
      { error: () => {} },
    );
  return { services: build(), dataDir, clock, ids, restart: build };
}

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { EventSink, IdGenerator } from '../../electron/services/adapters';
import type { ServiceOptions, Services } from '../../electron/services/app';
import { buildServices, sequentialIds } from './build-services';
import { fakeClock, type FakeClock } from './clock';

export { sequentialIds } from './build-services';
export { DEFAULT_NOW, fakeClock, type FakeClock } from './clock';

/**
 * Shared set-up for tests over the real services: a fixed clock the test moves by hand, ids that
 * read in creation order, and a data folder of its own that is removed when the test ends.
 * Call these inside a test (or beforeEach): clean-up is registered with onTestFinished.
 */

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

export interface TempServicesOptions extends Partial<ServiceOptions> {
  /** Where the fake clock starts (DEFAULT_NOW otherwise); or pass the `clock` itself. */
  now?: string | Date | number;
  /** Reuse a folder (another "process" over the same data); a new temp folder otherwise. */
  dataDir?: string;
  clock?: FakeClock;
}

export interface TempServices {
  services: Services;
  dataDir: string;
  clock: FakeClock;
  ids: IdGenerator;
  /** New services over the same folder, clock and ids, as after an app restart; `changes` replace any of them (another process: its own `ids`). */
  restart(changes?: Partial<ServiceOptions>): Services;
}

/** The real services over conf in a temp folder, with a fake clock and sequential ids; any adapter may be replaced. */
export function tempServices({ now, ...options }: TempServicesOptions = {}): TempServices {
  const dataDir = options.dataDir ?? tempDir();
  const clock = options.clock ?? fakeClock(now === undefined ? undefined : new Date(now));
  const ids = options.ids ?? sequentialIds();
  const build = (changes: Partial<ServiceOptions> = {}) => buildServices({ ...options, dataDir, clock, ids, ...changes });
  return { services: build(), dataDir, clock, ids, restart: build };
}

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../adapters';
import { writeFileAtomicSync } from '../files/atomic-write';
import type { DocRef, DocumentStore } from './document-store';

const KEEP = 8;
/** Autosave writes often; one backup per quiet interval is enough to undo a disaster. */
const MIN_INTERVAL_MS = 5 * 60_000;

/** Backups are named by the time they were taken, so the injected clock governs them, not file mtimes. */
export const backupName = (at: Date) => `${at.toISOString().replace(/[:.]/g, '-')}.json`;
export function backupTime(name: string): number {
  const iso = name.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/, '$1:$2:$3.$4Z');
  return Date.parse(iso);
}

/** Automatic copies of a document taken before it is overwritten: the last few are kept. */
export class Backups {
  constructor(
    private readonly store: DocumentStore,
    private readonly clock: Clock,
  ) {}

  folder(ref: DocRef): string {
    return join(this.store.dataDir, 'backups', ref.dir ?? '', ref.name);
  }

  /** Copies the current file aside unless a recent backup exists (or `force`). */
  take(ref: DocRef, force = false): void {
    const source = this.store.path(ref);
    if (!existsSync(source)) return;
    const folder = this.folder(ref);
    mkdirSync(folder, { recursive: true });
    const newest = this.list(ref)[0];
    const now = this.clock.now();
    if (!force && newest && now.getTime() - backupTime(newest) < MIN_INTERVAL_MS) return;
    // A half-copied backup would be the newest and hold off good ones for five minutes.
    writeFileAtomicSync(join(folder, backupName(now)), readFileSync(source));
    for (const old of this.list(ref).slice(KEEP)) rmSync(join(folder, old), { force: true });
  }

  /** Backup file names, newest first. */
  list(ref: DocRef): string[] {
    const folder = this.folder(ref);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .reverse();
  }

  path(ref: DocRef, file: string): string {
    return join(this.folder(ref), file);
  }
}

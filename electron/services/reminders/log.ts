import { z } from 'zod';
import { LogEntry } from '../../../shared/reminders/schema';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';

const REF = { name: 'reminders' };
const ReminderLogDocument = z.object({ schemaVersion: z.literal(1), entries: z.array(LogEntry) });
/** Entries whose moment is this long past are dropped, so the file stays small over the years. */
const KEEP_MS = 120 * 24 * 3600_000;

/**
 * What was told, to whom and how it went (`reminders.json`). Every change is written (atomically,
 * under the write lock) before the engine goes on, so the file is the truth after any crash.
 * The engine is its only writer, so it is read once and kept in memory.
 */
export class ReminderLog {
  #entries: Map<string, LogEntry> | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  #load(): Map<string, LogEntry> {
    if (!this.#entries) {
      const doc = guardedRead(this.ctx.store, this.ctx.backups, REF, (raw) => ReminderLogDocument.parse(raw), {
        value: () => ({ schemaVersion: 1 as const, entries: [] }),
        outcome: 'Nhật ký nhắc nhở bắt đầu lại từ đầu; những nhắc nhở đã gửi trước đó có thể được gửi lại.',
      });
      this.#entries = new Map((doc?.entries ?? []).map((e) => [e.reminder.key, e]));
    }
    return this.#entries;
  }

  get(key: string): LogEntry | undefined {
    return this.#load().get(key);
  }

  keys(): ReadonlySet<string> {
    return new Set(this.#load().keys());
  }

  entries(): LogEntry[] {
    return [...this.#load().values()];
  }

  /** Writes these entries (new or changed) and returns once they are on disk. */
  async record(entries: readonly LogEntry[]): Promise<void> {
    if (!entries.length) return;
    await this.ctx.store.lock.run(() => {
      const all = this.#load();
      for (const entry of entries) all.set(entry.reminder.key, entry);
      this.#save(all);
    });
    this.ctx.events.emit('reminders:logged', { keys: entries.map((e) => e.reminder.key) });
  }

  /** Drops entries long past; called at start. */
  async prune(now: number): Promise<void> {
    const all = this.#load();
    const old = [...all.values()].filter((e) => e.reminder.deadline < now - KEEP_MS);
    if (!old.length) return;
    await this.ctx.store.lock.run(() => {
      for (const e of old) all.delete(e.reminder.key);
      this.#save(all);
    });
  }

  #save(all: Map<string, LogEntry>): void {
    this.ctx.store.write(REF, { schemaVersion: 1, entries: [...all.values()] });
  }
}

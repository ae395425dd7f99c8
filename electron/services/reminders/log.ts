import { statSync } from 'node:fs';
import { z } from 'zod';
import { LogEntry } from '../../../shared/reminders/schema';
import { parseDocument } from '../../../shared/store/migrate';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';
import { moment, msg } from '../../../shared/i18n/message';
import { epochToVn } from '../../../shared/time/zone';

const REF = { name: 'reminders' };
/** 2: readiness reminders; an older app refuses such a log (too new) rather than taking it for a broken one. */
const LOG_SCHEMA_VERSION = 2 as const;
const ReminderLogDocument = z.object({
  schemaVersion: z.literal(LOG_SCHEMA_VERSION),
  entries: z.array(LogEntry),
  /**
   * Set when the log was lost beyond repair: every reminder due before this moment (epoch ms) is
   * taken as already told, so a lost log never sends again what people already received.
   */
  assumedSentBefore: z.number().nullable().default(null),
});
type ReminderLogDocument = z.infer<typeof ReminderLogDocument>;
interface LogCache {
  /** The file's mtime, size and inode when read: any other writer changes one of them. */
  stamp: string;
  doc: ReminderLogDocument;
  byKey: Map<string, LogEntry>;
}

const parseLog = (raw: unknown) => parseDocument(raw, { kind: msg('store.kind.reminderLog'), current: LOG_SCHEMA_VERSION, schema: ReminderLogDocument, migrations: { 1: (doc) => doc } });
/** Entries whose moment is this long past are dropped, so the file stays small over the years. */
const KEEP_MS = 120 * 24 * 3600_000;

/**
 * What was told, to whom and how it went (`reminders.json`), backed up like every document.
 * Several engines may share it (two app instances, the app and browser mode, a shared folder):
 * a delivery is claimed under the write lock against the file as it is then, so only one of them
 * sends it. Reads between changes come from memory while the file is unchanged on disk.
 */
export class ReminderLog {
  #cache: LogCache | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  get(key: string): LogEntry | undefined {
    return this.#current().byKey.get(key);
  }

  keys(): ReadonlySet<string> {
    return new Set(this.#current().byKey.keys());
  }

  entries(): LogEntry[] {
    return [...this.#current().byKey.values()];
  }

  /** Null unless the log was lost: then the moment before which everything counts as told. */
  assumedSentBefore(): number | null {
    return this.#current().doc.assumedSentBefore;
  }

  /**
   * Writes each entry that `may` allows, judged against the log as it is on disk under the lock,
   * and returns those written: the engine sends only what it claimed.
   */
  async claim(entries: readonly LogEntry[], may: (current: LogEntry | undefined, entry: LogEntry) => boolean): Promise<LogEntry[]> {
    if (!entries.length) return [];
    const claimed = await this.ctx.store.lock.run(() => {
      const doc = this.#read();
      const byKey = new Map(doc.entries.map((e) => [e.reminder.key, e]));
      const won = entries.filter((entry) => may(byKey.get(entry.reminder.key), entry));
      for (const entry of won) byKey.set(entry.reminder.key, entry);
      if (won.length) this.#save({ ...doc, entries: [...byKey.values()] });
      return won;
    });
    if (claimed.length) this.ctx.events.emit('reminders:logged', { keys: claimed.map((e) => e.reminder.key) });
    return claimed;
  }

  /** Writes these entries (new or changed) and returns once they are on disk. */
  async record(entries: readonly LogEntry[]): Promise<void> {
    await this.claim(entries, () => true);
  }

  /** Drops entries long past; called at start. */
  async prune(now: number): Promise<void> {
    if (!this.entries().some((e) => e.reminder.deadline < now - KEEP_MS)) return;
    await this.ctx.store.lock.run(() => {
      const doc = this.#read();
      this.#save({ ...doc, entries: doc.entries.filter((e) => e.reminder.deadline >= now - KEEP_MS) });
    });
  }

  /** The file on disk now; a newer-schema log is refused (STORE_TOO_NEW), never reset. */
  /**
   * The file on disk now; a newer-schema log is refused (STORE_TOO_NEW), never reset. A log
   * recovered from a backup (older than the lost file) or started anew counts everything due
   * until now as told: better one reminder too few than a second copy of each.
   */
  #read(): ReminderLogDocument {
    const now = this.ctx.clock.now().getTime();
    const fallback = { value: (): ReminderLogDocument => ({ schemaVersion: LOG_SCHEMA_VERSION, entries: [], assumedSentBefore: null }), outcome: msg('store.outcome.reminderLog') };
    const recovery = {
      mark: (doc: ReminderLogDocument) => ({ ...doc, assumedSentBefore: Math.max(now, doc.assumedSentBefore ?? 0) }),
      note: msg('store.note.reminderLog', { time: moment(epochToVn(now), { year: true }) }),
    };
    return guardedRead(this.ctx.store, this.ctx.backups, REF, parseLog, fallback, recovery) ?? fallback.value();
  }

  #current(): LogCache {
    const stamp = this.#stamp();
    if (this.#cache?.stamp !== stamp || stamp === '') {
      const doc = this.#read();
      this.#cache = { stamp: this.#stamp(), doc, byKey: new Map(doc.entries.map((e) => [e.reminder.key, e])) };
    }
    return this.#cache;
  }

  #stamp(): string {
    try {
      const { mtimeMs, size, ino } = statSync(this.ctx.store.path(REF));
      return `${mtimeMs}:${size}:${ino}`;
    } catch {
      return '';
    }
  }

  #save(doc: ReminderLogDocument): void {
    this.ctx.backups.take(REF);
    this.ctx.store.write(REF, doc);
    this.#cache = null;
  }
}

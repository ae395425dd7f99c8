import { z } from 'zod';
import { CaldavPublishResult } from '../../../shared/caldav/result';
import { CaldavTarget } from '../../../shared/caldav/settings';
import { idPart } from '../../../shared/export/uid';
import type { ServiceContext } from '../context';
import { guardedRead } from '../store/guarded-read';
import { msg } from '../../../shared/i18n/message';

/** A request sent but not known to have landed (the app died or the server went down). */
const Pending = z.object({
  digest: z.string(),
  /** eventSignature of each unconfirmed send, oldest first, to recognise ours on the server after a crash. */
  sent: z.array(z.string()),
});

/** What the server holds of one event, as of the last answer it gave us. */
const JournalItem = z.object({
  url: z.string(),
  /** SHA-256 of the event's text without DTSTAMP (objectContent), as last stored there. */
  digest: z.string().nullable(),
  etag: z.string().nullable(),
  /** 'deleted' after the period: not sent again unless the event comes back. */
  state: z.enum(['absent', 'stored', 'deleted']),
  pending: Pending.nullable(),
});
export type JournalItem = z.infer<typeof JournalItem>;

const JournalCalendar = z.object({ url: z.string(), items: z.record(z.string(), JournalItem) });
export type JournalCalendar = z.infer<typeof JournalCalendar>;

/** One server account (URL + user) and target: what was published there. */
const Journal = z.object({ calendars: z.record(z.string(), JournalCalendar) });
export type Journal = z.infer<typeof Journal>;

/** Per plan: its chosen target, one journal per server and target, and the last result shown. */
const CaldavPlanDocument = z.object({
  schemaVersion: z.literal(1),
  target: CaldavTarget.default('per-person'),
  journals: z.record(z.string(), Journal).default({}),
  last: CaldavPublishResult.nullable().default(null),
});
export type CaldavPlanDocument = z.infer<typeof CaldavPlanDocument>;

const refOf = (planId: string) => ({ dir: 'caldav', name: idPart(planId) });
const empty = (): CaldavPlanDocument => CaldavPlanDocument.parse({ schemaVersion: 1 });

/** The account a journal belongs to: publishing elsewhere starts from nothing. */
export const journalKey = (url: string, user: string, target: CaldavTarget) => `${new URL(url).href}|${user}|${target}`;

/** The plan's CalDAV document in the data folder (`caldav/<plan>.json`), read and written under the store's lock. */
export class CaldavJournals {
  constructor(private readonly ctx: ServiceContext) {}

  read(planId: string): CaldavPlanDocument {
    return (
      guardedRead(this.ctx.store, this.ctx.backups, refOf(planId), (raw) => CaldavPlanDocument.parse(raw), {
        value: empty,
        // Lost knowledge only costs a slower publish: events already there are recognised on the server.
        outcome: msg('store.outcome.caldavJournal'),
      }) ?? empty()
    );
  }

  /**
   * A read-modify-write under the data folder's lock, so the app and the CLI never lose each other's
   * change — also each publish step, written before and after each request: a step written beside
   * another process's would overwrite its target, its last result or its own steps. The lock is
   * cheap to hold for one write, and one left by a killed publish is broken at once (its pid is gone).
   */
  update(planId: string, change: (doc: CaldavPlanDocument) => void): Promise<CaldavPlanDocument> {
    return this.ctx.store.lock.run(() => this.#write(planId, change));
  }

  #write(planId: string, change: (doc: CaldavPlanDocument) => void): CaldavPlanDocument {
    const doc = this.read(planId);
    change(doc);
    this.ctx.store.write(refOf(planId), CaldavPlanDocument.parse(doc));
    return doc;
  }
}

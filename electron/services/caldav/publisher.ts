import { createHash } from 'node:crypto';
import { objectContent, type CalendarObject, type PlannedCalendar } from '../../../shared/caldav/calendars';
import type { CalendarStatus, ObjectOutcome, ObjectStatus } from '../../../shared/caldav/result';
import type { CaldavJournals, Journal, JournalItem } from './journal';
import { CaldavAuthError, CaldavHttpError, CaldavNetworkError, type CaldavServer, type RemoteCalendar } from './server';
import { eventSignature } from './signature';
import { msg, type Message } from '../../../shared/i18n/message';

/** What to do with one event; `cancel` is an update that carries STATUS:CANCELLED. */
type Step = 'create' | 'update' | 'cancel' | 'delete' | 'unchanged';

interface Work {
  object: CalendarObject;
  digest: string;
  item: JournalItem | undefined;
  step: Exclude<Step, 'unchanged'>;
  url: string;
}

export interface PublishRun {
  planId: string;
  journalKey: string;
  calendars: readonly PlannedCalendar[];
  /** The plan's period is over: cancelled events are deleted from the server instead of kept. */
  periodOver: boolean;
}

export interface PublisherDeps {
  journals: CaldavJournals;
  /** Waits between retries (the service's timer; tests shorten the delays). */
  sleep(ms: number): Promise<void>;
  retryDelaysMs: readonly number[];
  progress(done: number, total: number): void;
}

const digestOf = (object: CalendarObject) => createHash('sha256').update(objectContent(object.ics)).digest('hex');
const DONE: Record<Exclude<Step, 'unchanged'>, ObjectOutcome> = { create: 'created', update: 'updated', cancel: 'cancelled', delete: 'deleted' };

/** Which step an event needs, from what the server held after the last publish; null: nothing to do, not shown. */
export function stepFor(object: CalendarObject, digest: string, item: JournalItem | undefined, periodOver: boolean): Step | null {
  const onServer = item !== undefined && (item.state === 'stored' || item.pending !== null);
  if (!onServer) return object.cancelled ? null : 'create';
  if (object.cancelled && periodOver) return 'delete';
  if (item.state === 'stored' && item.pending === null && item.digest === digest) return 'unchanged';
  if (item.state !== 'stored' && !object.cancelled) return 'create';
  return object.cancelled ? 'cancel' : 'update';
}

const retryable = (error: unknown) =>
  (error instanceof CaldavNetworkError && error.retry) || (error instanceof CaldavHttpError && (error.status >= 500 || error.status === 429 || error.status === 408));

const reasonOf = (error: unknown): Message =>
  error instanceof CaldavHttpError || error instanceof CaldavNetworkError ? error.reason : msg('caldav.reason.other', { detail: error instanceof Error ? error.message : String(error) });

/**
 * Sends a version's events to their calendars, only what changed since the last publish to that
 * account. Every step is written to the plan's journal before it is sent and when it is answered,
 * so a publish cut short by a crash or an unreachable server resumes where it stopped: resource
 * names come from the UIDs (no duplicates) and a request that landed before the crash is recognised
 * on the server by its content (no false conflict, nothing lost).
 */
export class CaldavPublisher {
  #down: Message | null = null;
  #done = 0;
  #total = 0;

  constructor(private readonly deps: PublisherDeps) {}

  /** What a publish would do, from the journal alone (no request is sent). */
  plan(run: PublishRun, journal: Journal | undefined): CalendarStatus[] {
    return run.calendars.map((calendar) => {
      const known = journal?.calendars[calendar.key];
      return {
        key: calendar.key,
        personName: calendar.personName,
        displayName: calendar.displayName,
        url: known?.url ?? null,
        error: null,
        objects: calendar.objects.flatMap((object) => {
          const step = stepFor(object, digestOf(object), known?.items[object.fileName], run.periodOver);
          return step ? [status(object, step === 'unchanged' ? 'unchanged' : DONE[step], null)] : [];
        }),
      };
    });
  }

  async publish(run: PublishRun, server: CaldavServer): Promise<CalendarStatus[]> {
    const remote = await this.#attempt(() => server.calendars());
    this.#total = run.calendars.reduce((n, c) => n + c.objects.length, 0);
    const statuses: CalendarStatus[] = [];
    for (const calendar of run.calendars) statuses.push(await this.#calendar(run, server, remote, calendar));
    this.deps.progress(this.#done, this.#total);
    return statuses;
  }

  async #calendar(run: PublishRun, server: CaldavServer, remote: RemoteCalendar[], calendar: PlannedCalendar): Promise<CalendarStatus> {
    const base = { key: calendar.key, personName: calendar.personName, displayName: calendar.displayName };
    let url: string;
    try {
      url = await this.#calendarUrl(run, server, remote, calendar);
    } catch (error) {
      if (error instanceof CaldavAuthError) throw error;
      const reason = this.#note(error);
      return { ...base, url: null, error: reason, objects: calendar.objects.map((o) => status(o, 'failed', reason)) };
    }
    const known = this.deps.journals.read(run.planId).journals[run.journalKey]?.calendars[calendar.key]?.items ?? {};
    const work = calendar.objects.flatMap((object) => {
      const digest = digestOf(object);
      const item = known[object.fileName];
      const step = stepFor(object, digest, item, run.periodOver);
      return step ? [{ object, digest, item, step, url: item?.url ?? new URL(encodeURIComponent(object.fileName), url).href }] : [];
    });
    const sending = work.filter((w) => w.step !== 'unchanged' && !this.#down);
    // Written once before the first request: after a crash, these may or may not be on the server.
    await this.#journal(run, (j) => {
      const items = j.calendars[calendar.key]!.items;
      for (const w of sending) {
        const sent = [...(w.item?.pending?.sent ?? []), ...(w.step === 'delete' ? [] : [eventSignature(w.object.ics)])];
        items[w.object.fileName] = { url: w.url, digest: w.item?.digest ?? null, etag: w.item?.etag ?? null, state: w.item?.state ?? 'absent', pending: { digest: w.digest, sent } };
      }
    });
    const objects: ObjectStatus[] = [];
    for (const w of work) {
      objects.push(w.step === 'unchanged' ? status(w.object, 'unchanged', null) : await this.#object(run, server, calendar.key, { ...w, step: w.step }));
      this.#done++;
      if (this.#done % 10 === 0) this.deps.progress(this.#done, this.#total);
    }
    return { ...base, url, error: null, objects };
  }

  /** The calendar this plan used there before, else the one with our name, else a new one (MKCALENDAR). */
  async #calendarUrl(run: PublishRun, server: CaldavServer, remote: RemoteCalendar[], calendar: PlannedCalendar): Promise<string> {
    if (this.#down) throw new CaldavNetworkError(this.#down, false);
    const journal = this.deps.journals.read(run.planId).journals[run.journalKey];
    const known = journal?.calendars[calendar.key]?.url;
    const found = remote.find((r) => r.url === known) ?? remote.find((r) => r.url.endsWith(`/${encodeURIComponent(calendar.slug)}/`));
    const url = found?.url ?? (await this.#make(server, calendar));
    if (url !== known) {
      // A calendar deleted on the server (or never made) holds none of what the journal remembers.
      await this.#journal(run, (j) => {
        j.calendars[calendar.key] = { url, items: {} };
      });
    }
    return url;
  }

  /** MKCALENDAR; when another publish made it meanwhile (409/405), that one is used. */
  async #make(server: CaldavServer, calendar: PlannedCalendar): Promise<string> {
    try {
      return await this.#attempt(() => server.makeCalendar(calendar.slug, calendar.displayName));
    } catch (error) {
      if (!(error instanceof CaldavHttpError && (error.status === 409 || error.status === 405))) throw error;
      const made = (await this.#attempt(() => server.calendars())).find((r) => r.url.endsWith(`/${encodeURIComponent(calendar.slug)}/`));
      if (!made) throw error;
      return made.url;
    }
  }

  async #object(run: PublishRun, server: CaldavServer, key: string, w: Work): Promise<ObjectStatus> {
    const { object, digest, item, step, url } = w;
    if (this.#down) return status(object, 'skipped', msg('caldav.reason.notSent', { reason: this.#down }));
    const sent = this.deps.journals.read(run.planId).journals[run.journalKey]?.calendars[key]?.items[object.fileName]?.pending?.sent ?? [];
    const save = (next: JournalItem) =>
      this.#journal(run, (j) => {
        j.calendars[key]!.items[object.fileName] = next;
      });
    const before = { url, digest: item?.digest ?? null, etag: item?.etag ?? null };
    try {
      const etag = await this.#send(server, step, url, object.ics, item?.etag ?? null, sent);
      await save({ url, digest, etag, state: step === 'delete' ? 'deleted' : 'stored', pending: null });
      return status(object, DONE[step], null);
    } catch (error) {
      if (error instanceof CaldavAuthError) throw error;
      if (error instanceof Conflict) {
        await save({ ...before, state: item?.state === 'deleted' ? 'deleted' : 'stored', pending: null });
        return status(object, 'conflict', error.reason);
      }
      // A refusal stored nothing: back to what was there. An unanswered request may have landed: it stays pending.
      if (error instanceof CaldavHttpError) await save({ ...before, state: item?.state ?? 'absent', pending: item?.pending ?? null });
      return status(object, 'failed', this.#note(error));
    }
  }

  /** One conditional request (with retries); resolves with the resource's new ETag. */
  async #send(server: CaldavServer, step: Exclude<Step, 'unchanged'>, url: string, ics: string, etag: string | null, sent: string[]): Promise<string | null> {
    try {
      if (step === 'delete') return await this.#attempt(() => server.remove(url, etag)).then(() => null);
      return await this.#attempt(() => server.put(url, ics, step === 'create' || etag === null ? { create: true } : { etag }));
    } catch (error) {
      if (!(error instanceof CaldavHttpError && error.status === 412)) throw error;
    }
    // 412: the resource is not as we last saw it. Ours if it holds what we sent before an interruption.
    const there = await this.#attempt(() => server.get(url));
    if (step === 'delete') {
      if (!there) return null;
      throw new Conflict(msg('caldav.reason.editedNotDeleted'));
    }
    if (!there) throw new Conflict(msg('caldav.reason.deletedNotRemade'));
    const theirs = eventSignature(there.data);
    if (!sent.includes(theirs)) throw new Conflict(msg('caldav.reason.editedKept'));
    if (theirs === sent.at(-1) || !there.etag) return there.etag ?? (await this.#attempt(() => server.etag(url)));
    return this.#attempt(() => server.put(url, ics, { etag: there.etag! }));
  }

  async #attempt<T>(operation: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await operation();
      } catch (error) {
        const wait = this.deps.retryDelaysMs[attempt];
        if (wait === undefined || !retryable(error)) throw error;
        await this.deps.sleep(wait);
      }
    }
  }

  /** The reason of a failure; an unreachable server also stops the rest of this publish. */
  #note(error: unknown): Message {
    const reason = reasonOf(error);
    if (error instanceof CaldavNetworkError || (error instanceof CaldavHttpError && error.status >= 500)) this.#down ??= reason;
    return reason;
  }

  #journal(run: PublishRun, change: (journal: Journal) => void) {
    return this.deps.journals.update(run.planId, (doc) => {
      change((doc.journals[run.journalKey] ??= { calendars: {} }));
    });
  }
}

/** The server's copy changed since our last publish: left as it is, and said why. */
class Conflict extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
  }
}

const status = (object: CalendarObject, outcome: ObjectOutcome, reason: Message | null): ObjectStatus => ({ uid: object.uid, summary: object.summary, start: object.start, outcome, reason });

import { randomBytes } from 'node:crypto';
import { cancellations } from '../../../shared/reminders/cancellations';
import { dueAt, nextDue, summaryOf } from '../../../shared/reminders/due';
import { scheduleReadiness, type ReadinessPlan } from '../../../shared/readiness/reminders';
import { scheduleReminders, type PublishedPlan } from '../../../shared/reminders/schedule';
import type { Audience, Claimant, LogEntry, Reminder } from '../../../shared/reminders/schema';
import { errorMessage } from '../../../shared/api/error-message';
import { msg, type Message } from '../../../shared/i18n/message';
import { MailFailure, type SmtpConfig } from '../adapters';
import type { Language } from '../../../shared/settings/schema';
import type { ServiceContext } from '../context';
import { deadOnThisHost, thisProcess } from '../files/process-owner';
import type { ReminderLog } from './log';
import { messageIdFor } from './message-id';

/** The longest the engine sleeps: it also notices clock jumps and other processes' changes. */
export const TICK_MS = 60_000;
/** How often to look whether another process (the CLI) changed plans or settings. */
const RECHECK_MS = 5 * 60_000;
/** A timer firing this far from when it was due means the clock jumped or the computer slept. */
const JUMP_MS = 2 * 60_000;
const BACKOFF_MINUTES = [1, 2, 5, 15, 30];
const MAX_ATTEMPTS = 8;

/** A delivery claimed on another computer of a shared folder and still "sending" after this was interrupted. */
const FOREIGN_SENDING_MS = 15 * 60_000;

type May = (current: LogEntry | undefined, entry: LogEntry) => boolean;
/** Nobody has logged it yet: the only state in which a new delivery may be claimed. */
const unclaimed: May = (current) => current === undefined;

/** Where the engine reads what to remind of; wired to the plan, settings and mail services. */
export interface ReminderSources {
  publishedPlans(): PublishedPlan[];
  /** Every plan's readiness checklist, published or not: its tasks are due before the holiday. */
  readinessPlans(): ReadinessPlan[];
  audience(): Audience;
  /** The UI's language: what this computer tells its own user about its notifications is said in it. */
  language(): Language;
  /** Throws an AppError when mail is not set up. */
  mailConfig(): SmtpConfig;
  /** Changes whenever anything the schedule is built from changes on disk; cheap to read. */
  stamp(): string;
}

export function entryOf(reminder: Reminder, status: LogEntry['status'], at: number, extra: Partial<LogEntry> = {}): LogEntry {
  return { reminder, status, claimedBy: null, attempts: 0, reason: null, nextAttemptAt: null, groupedWith: 0, messageId: null, updatedAt: new Date(at).toISOString(), ...extra };
}

/**
 * Tells each reminder once. Every delivery is claimed in the log (`sending`) before it leaves and
 * logged `sent` after, so a restart never repeats a sent one, a crash mid-send shows as
 * `uncertain`, and of several engines over one data folder only the one that claimed it sends it. Reminders whose
 * moment passed while nothing ran are told at once (desktop ones as one summary) if their shift
 * has not started, and logged `missed` if it has. Email refusals are retried with backoff.
 */
export class ReminderEngine {
  #schedule: Reminder[] = [];
  #plannedAt: number | null = null;
  #stamp = '';
  #handle: unknown = null;
  #expectedAt: number | null = null;
  #queue: Promise<void> = Promise.resolve();
  #running = false;
  readonly #claimant: Claimant = { ...thisProcess(), engine: randomBytes(6).toString('hex') };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: ReminderLog,
    private readonly sources: ReminderSources,
  ) {}

  async start(): Promise<void> {
    this.#running = true;
    try {
      await this.#serial(async () => {
        await this.log.prune(this.#now());
        await this.#run();
      });
    } catch (error) {
      // A log it cannot trust (a newer version's, unreadable): telling nothing beats telling twice.
      this.stop();
      throw error;
    }
  }

  stop(): void {
    this.#running = false;
    if (this.#handle !== null) this.ctx.timer.clear(this.#handle);
    this.#handle = null;
  }

  /** The computer woke up or its clock was set: look again at once. */
  wake(): Promise<void> {
    this.#plannedAt = null;
    return this.tick();
  }

  /** A plan was published or settings changed. */
  replan(): void {
    this.#plannedAt = null;
    if (this.#running) void this.tick();
  }

  tick(): Promise<void> {
    return this.#serial(() => this.#run());
  }

  /** Waits for the work queued so far (tests, shutdown). */
  idle(): Promise<void> {
    return this.#serial(async () => {});
  }

  upcoming(): Reminder[] {
    const now = this.#now();
    if (this.#plannedAt === null) this.#plan(now);
    const logged = this.log.keys();
    // Readiness reminders (before the holiday) come before the shifts': in time order, not by source.
    return this.#schedule.filter((r) => !logged.has(r.key) && r.deadline > now).sort((a, b) => a.at - b.at);
  }

  entries(): LogEntry[] {
    return this.log.entries();
  }

  /** Sends these emails now (invitations), through the same log, Message-IDs and retries. */
  deliver(reminders: readonly Reminder[]): Promise<LogEntry[]> {
    return this.#serial(async () => {
      for (const reminder of reminders) {
        const logged = this.log.get(reminder.key);
        // Asked again after giving up: the server refused it, so sending again is no duplicate.
        if (logged?.status === 'failed') await this.#sendEmail({ ...logged, attempts: 0 }, (current) => current?.status === 'failed');
        else if (!logged) await this.#sendEmail(entryOf(reminder, 'sending', this.#now()), unclaimed);
      }
      this.#arm(this.#now());
    }).then(() => reminders.map((r) => this.log.get(r.key)).filter((e): e is LogEntry => e !== undefined));
  }

  #serial(work: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #now(): number {
    return this.ctx.clock.now().getTime();
  }

  #plan(now: number): void {
    const plans = this.sources.publishedPlans();
    const announced = this.log
      .entries()
      .filter((e) => e.status === 'sent' || e.status === 'uncertain')
      .map((e) => e.reminder);
    const audience = this.sources.audience();
    this.#schedule = [...scheduleReminders(plans, audience), ...scheduleReadiness(this.sources.readinessPlans(), audience), ...cancellations(plans, announced)];
    this.#plannedAt = now;
    this.#stamp = this.sources.stamp();
  }

  async #run(): Promise<void> {
    const now = this.#now();
    const jumped = this.#expectedAt !== null && Math.abs(now - this.#expectedAt) > JUMP_MS;
    const recheck = this.#plannedAt !== null && now - this.#plannedAt > RECHECK_MS;
    if (jumped || this.#plannedAt === null || now < this.#plannedAt || (recheck && this.sources.stamp() !== this.#stamp)) this.#plan(now);
    else if (recheck) this.#plannedAt = now;
    await this.#settleInterrupted(now);
    const due = dueAt(this.#schedule, this.log.keys(), now);
    const assumed = this.log.assumedSentBefore();
    const told = (r: Reminder) => assumed !== null && r.at < assumed;
    await this.#claim(
      [...due.deliver, ...due.missed].filter(told).map((r) => entryOf(r, 'uncertain', now, { reason: msg('reminders.reason.lostLog') })),
      unclaimed,
    );
    const [deliver, missed] = [due.deliver.filter((r) => !told(r)), due.missed.filter((r) => !told(r))];
    await this.#claim(
      missed.map((r) => entryOf(r, 'missed', now, { reason: msg('reminders.reason.missed') })),
      unclaimed,
    );
    await this.#showDesktop(
      deliver.filter((r) => r.channel === 'desktop'),
      now,
    );
    for (const reminder of deliver.filter((r) => r.channel === 'email')) await this.#sendEmail(entryOf(reminder, 'sending', now), unclaimed);
    const retries = this.log.entries().filter((e) => e.status === 'retrying' && (e.nextAttemptAt ?? 0) <= now);
    for (const entry of retries) await this.#sendEmail(entry, (current) => current?.status === 'retrying' && current.attempts === entry.attempts);
    this.#arm(this.#now());
  }

  /** Writes entries as this engine's claims, where `may` allows it against the log on disk. */
  #claim(entries: readonly LogEntry[], may: May): Promise<LogEntry[]> {
    return this.log.claim(
      entries.map((e) => ({ ...e, claimedBy: this.#claimant })),
      may,
    );
  }

  /** A delivery whose engine is gone while it was sending: nobody knows whether it arrived. */
  #abandoned(entry: LogEntry, now: number): boolean {
    const by = entry.claimedBy;
    if (entry.status !== 'sending') return false;
    if (!by) return true;
    if (by.host !== this.#claimant.host) return now - Date.parse(entry.updatedAt) > FOREIGN_SENDING_MS;
    if (by.pid === this.#claimant.pid) return by.engine !== this.#claimant.engine;
    return deadOnThisHost(by);
  }

  async #settleInterrupted(now: number): Promise<void> {
    const interrupted = this.log.entries().filter((e) => this.#abandoned(e, now));
    await this.#claim(
      interrupted.map((e) => ({ ...e, status: 'uncertain', reason: msg('reminders.reason.interrupted'), nextAttemptAt: null, updatedAt: new Date(now).toISOString() })),
      (current) => current !== undefined && this.#abandoned(current, now),
    );
  }

  async #showDesktop(due: readonly Reminder[], now: number): Promise<void> {
    if (!due.length) return;
    const claimed = await this.#claim(
      due.map((r) => entryOf(r, 'sending', now, { attempts: 1, groupedWith: due.length > 1 ? due.length : 0 })),
      unclaimed,
    );
    if (!claimed.length) return;
    const reminders = claimed.map((e) => e.reminder);
    const first = reminders[0] as Reminder;
    const groupedWith = reminders.length > 1 ? reminders.length : 0;
    const text = groupedWith ? summaryOf(reminders, this.sources.language()) : first;
    // A shift's notification opens its duty-log page; a readiness task's has no page there (a draft
    // plan has no log) and opens the reminders screen, which lists it.
    const target = first.kind === 'readiness' ? null : { planId: first.planId, shiftId: first.shiftId };
    let outcome: Pick<LogEntry, 'status' | 'reason'>;
    try {
      await this.ctx.notifier.show({ title: text.title, body: text.body, target });
      outcome = { status: 'sent', reason: null };
    } catch (error) {
      // Shown or not is unknown only when the process dies; a thrown error means it was not shown.
      outcome = { status: 'failed', reason: msg('reminders.reason.notShown', { detail: errorMessage(error) }) };
    }
    const at = new Date(this.#now()).toISOString();
    await this.log.record(claimed.map((e) => ({ ...e, ...outcome, groupedWith, updatedAt: at })));
  }

  /** Claims the delivery (as `may` allows), sends it if claimed, and logs the outcome. */
  async #sendEmail(entry: LogEntry, may: May): Promise<void> {
    const { reminder } = entry;
    const attempts = entry.attempts + 1;
    let config: SmtpConfig;
    try {
      config = this.sources.mailConfig();
    } catch (error) {
      await this.#failed(entry, attempts, errorMessage(error), may);
      return;
    }
    const messageId = entry.messageId ?? messageIdFor(reminder.key, config.senderAddress);
    const [claimed] = await this.#claim([{ ...entry, status: 'sending', attempts, messageId, nextAttemptAt: null, updatedAt: new Date(this.#now()).toISOString() }], may);
    if (!claimed) return;
    try {
      await this.ctx.mailer.send(config, { messageId, to: reminder.recipient ?? '', subject: `[Lịch Trực] ${reminder.title}`, text: emailText(reminder), ics: reminder.ics });
      await this.log.record([{ ...claimed, status: 'sent', reason: null, updatedAt: new Date(this.#now()).toISOString() }]);
    } catch (error) {
      await this.#failed(claimed, attempts, error instanceof MailFailure ? error.reason : errorMessage(error));
    }
  }

  async #failed(entry: LogEntry, attempts: number, reason: Message, may: May = () => true): Promise<void> {
    const now = this.#now();
    const next = now + (BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1] as number) * 60_000;
    const giveUp = attempts >= MAX_ATTEMPTS || next >= entry.reminder.deadline;
    await this.#claim([{ ...entry, attempts, reason, status: giveUp ? 'failed' : 'retrying', nextAttemptAt: giveUp ? null : next, updatedAt: new Date(now).toISOString() }], may);
  }

  #arm(now: number): void {
    if (!this.#running) return;
    if (this.#handle !== null) this.ctx.timer.clear(this.#handle);
    const retryAt = this.log.entries().flatMap((e) => (e.status === 'retrying' && e.nextAttemptAt !== null ? [e.nextAttemptAt] : []));
    const next = Math.min(now + TICK_MS, nextDue(this.#schedule, this.log.keys(), now) ?? Infinity, ...retryAt);
    const delay = Math.max(0, next - now);
    this.#expectedAt = now + delay;
    this.#handle = this.ctx.timer.set(() => void this.tick(), delay);
  }
}

function emailText(reminder: Reminder): string {
  return `${reminder.body}\n\n—\nThư gửi tự động từ ứng dụng Lịch Trực. Xin đừng trả lời thư này.`;
}

import type { CaldavPlanStatus, caldavChannels } from '../../../shared/api/caldav';
import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import { caldavCalendars } from '../../../shared/caldav/calendars';
import { type CaldavPublishResult, type CalendarStatus } from '../../../shared/caldav/result';
import type { CaldavTarget } from '../../../shared/caldav/settings';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { vnToEpoch } from '../../../shared/time/zone';
import type { ServiceContext } from '../context';
import type { PlanService } from '../plans';
import type { SettingsService } from '../settings';
import { CaldavJournals, journalKey } from './journal';
import { CaldavPublisher, type PublishRun } from './publisher';
import { CaldavAuthError, CaldavHttpError, CaldavNetworkError, CaldavServer, type ServerAccount } from './server';
import { serverUrlOf, type CaldavSettingsService } from './settings';
import { msg } from '../../../shared/i18n/message';

export interface CaldavOptions {
  /** Waits before each retry of a request that failed for the network or a 5xx answer. */
  retryDelaysMs?: readonly number[];
}

export interface PublishRequest {
  planId: string;
  /** A plan read from a file (the CLI), published under its own id; else the stored plan. */
  plan?: Plan;
  dryRun?: boolean;
  /** Another account than Settings' (the CLI's --url/--user and password). */
  account?: ServerAccount;
}

/** A wrong password or an unreachable server, said so that the user knows what to fix. */
function connectFailure(error: unknown, account: ServerAccount): AppError {
  const where = new URL(account.url).host;
  if (error instanceof CaldavAuthError) {
    return new AppError('CALDAV_FAILED', msg('caldav.error.refused', { host: where, user: account.user }), 'password');
  }
  if (error instanceof CaldavNetworkError || error instanceof CaldavHttpError) return new AppError('CALDAV_FAILED', msg('caldav.error.unreachable', { host: where, reason: error.reason }), 'url');
  return new AppError('CALDAV_FAILED', msg('caldav.error.noCalendar', { host: where, user: account.user }), 'url');
}

/** Publishing plans to the unit's CalDAV server: per-plan target, dry run, publish, last status. */
export class CaldavService {
  readonly journals: CaldavJournals;
  readonly #running = new Set<string>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly caldavSettings: CaldavSettingsService,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly options: CaldavOptions = {},
  ) {
    this.journals = new CaldavJournals(ctx);
  }

  status(planId: string): CaldavPlanStatus {
    const doc = this.journals.read(planId);
    return { planId, target: doc.target, last: doc.last };
  }

  async setTarget(planId: string, target: CaldavTarget): Promise<CaldavPlanStatus> {
    await this.journals.update(planId, (doc) => {
      doc.target = target;
    });
    this.ctx.events.emit('caldav:changed', { planId });
    return this.status(planId);
  }

  async test(): Promise<{ homeUrl: string; calendars: string[] }> {
    const account = this.caldavSettings.account();
    const server = await this.#connect(account);
    try {
      return { homeUrl: server.homeUrl, calendars: (await server.calendars()).map((c) => c.displayName || c.url) };
    } catch (error) {
      throw connectFailure(error, account);
    } finally {
      await server.close();
    }
  }

  async publish(request: PublishRequest): Promise<CaldavPublishResult> {
    const plan = request.plan ?? this.plans.get(request.planId);
    const latest = plan.versions.at(-1);
    if (!latest) throw new AppError('CONFLICT', msg('caldav.error.notPublished', { plan: plan.name }));
    const account = request.account ?? this.caldavSettings.account();
    serverUrlOf(account.url);
    const doc = this.journals.read(plan.id);
    const now = this.ctx.clock.now();
    const source = exportSource(plan, now);
    const run: PublishRun = {
      planId: plan.id,
      journalKey: journalKey(account.url, account.user, doc.target),
      calendars: caldavCalendars(source, this.settings.get(), doc.target),
      periodOver: now.getTime() > vnToEpoch(latest.plan.window.end),
    };
    const publisher = new CaldavPublisher({
      journals: this.journals,
      sleep: (ms) => new Promise((resolve) => this.ctx.timer.set(resolve, ms)),
      retryDelaysMs: this.options.retryDelaysMs ?? [1000, 3000, 9000],
      progress: (done, total) => this.ctx.events.emit('caldav:progress', { planId: plan.id, done, total }),
    });
    const result = (calendars: CalendarStatus[], dryRun: boolean): CaldavPublishResult => ({
      planId: plan.id,
      version: latest.version,
      target: doc.target,
      server: account.url,
      at: now.toISOString(),
      dryRun,
      complete: calendars.every((c) => c.error === null && c.objects.every((o) => !['conflict', 'failed', 'skipped'].includes(o.outcome))),
      calendars,
    });
    if (request.dryRun) return result(publisher.plan(run, doc.journals[run.journalKey]), true);

    if (this.#running.has(plan.id)) throw new AppError('BUSY', msg('caldav.error.busy', { plan: plan.name }));
    this.#running.add(plan.id);
    try {
      const server = await this.#connect(account);
      let calendars: CalendarStatus[];
      try {
        calendars = await publisher.publish(run, server);
      } catch (error) {
        throw connectFailure(error, account);
      } finally {
        await server.close();
      }
      const done = result(calendars, false);
      await this.journals.update(plan.id, (d) => {
        d.last = done;
      });
      this.ctx.events.emit('caldav:changed', { planId: plan.id });
      return done;
    } finally {
      this.#running.delete(plan.id);
    }
  }

  async #connect(account: ServerAccount): Promise<CaldavServer> {
    try {
      return await CaldavServer.connect(account);
    } catch (error) {
      throw connectFailure(error, account);
    }
  }

  handlers() {
    return {
      'caldav:settings:get': () => this.caldavSettings.view(),
      'caldav:settings:update': (changes) => this.caldavSettings.update(changes),
      'caldav:test': () => this.test(),
      'caldav:plan:get': ({ planId }) => this.status(this.plans.get(planId).id),
      'caldav:plan:setTarget': ({ planId, target }) => this.setTarget(this.plans.get(planId).id, target),
      'caldav:publish': ({ planId, dryRun }) => this.publish({ planId, dryRun }),
    } satisfies HandlersOf<typeof caldavChannels>;
  }
}

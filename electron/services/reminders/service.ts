import { existsSync, statSync } from 'node:fs';
import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import type { PublishedPlanInfo, RemindersStatus, reminderChannels } from '../../../shared/api/reminders';
import { doubleBookings, type DoubleBooking } from '../../../shared/plan/double-booking';
import type { Plan } from '../../../shared/plan/schema';
import type { PublishedPlan } from '../../../shared/reminders/schedule';
import { HANDOVER_MINUTES } from '../../../shared/reminders/schema';
import { vnToEpoch } from '../../../shared/time/zone';
import { handoverLines } from '../../../shared/duty-log/handover';
import type { SmtpConfig } from '../adapters';
import type { ServiceContext } from '../context';
import { dutyLogRef, type DutyLogStore } from '../duty-log/store';
import type { PlanService } from '../plans';
import type { ReadinessService } from '../readiness/service';
import type { SettingsService } from '../settings';
import { ReminderEngine } from './engine';
import { ReminderLog } from './log';
import { translate } from '../../../shared/i18n';
import { msg } from '../../../shared/i18n/message';

type ReminderHandlers = Pick<HandlersOf<typeof reminderChannels>, `reminders:${string}` & keyof typeof reminderChannels>;

const info = (plan: Plan): PublishedPlanInfo => {
  const latest = plan.versions.at(-1);
  if (!latest) throw new AppError('CONFLICT', msg('reminders.error.notPublished', { plan: plan.name }));
  return { id: plan.id, name: plan.name, window: latest.plan.window, version: latest.version, publishedAt: latest.publishedAt, offsetsMinutes: plan.reminders.offsetsMinutes };
};

/** What reminders need of the mail settings (MailSettingsService), so reminders do not depend on mail. */
export interface MailAccess {
  ready(): boolean;
  /** The settings with the password opened; throws an AppError when mail is not set up. */
  config(): SmtpConfig;
}

/** The reminder engine over the stored plans, and the Nhắc nhở screen's channels. */
export class ReminderService {
  readonly engine: ReminderEngine;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly plans: PlanService,
    private readonly settings: SettingsService,
    private readonly mail: MailAccess,
    private readonly logs: DutyLogStore,
    private readonly readiness: ReadinessService,
  ) {
    this.engine = new ReminderEngine(ctx, new ReminderLog(ctx), {
      publishedPlans: () =>
        this.#published().map(
          (plan) => ({ planId: plan.id, published: plan.versions.at(-1)!, offsetsMinutes: plan.reminders.offsetsMinutes, handovers: this.#handovers(plan) }) satisfies PublishedPlan,
        ),
      readinessPlans: () => this.readiness.remindable(),
      language: () => this.settings.get().language,
      audience: () => ({ thisIsMe: this.settings.get().thisIsMe, handoverMinutes: HANDOVER_MINUTES, mailReady: mail.ready() }),
      mailConfig: () => mail.config(),
      stamp: () => this.#stamp(),
    });
  }

  /** The handovers of the plan's duty log, told with the next shift's reminders. */
  #handovers(plan: Plan): ReadonlyMap<string, string> | undefined {
    const log = this.logs.read(plan.id);
    return log && handoverLines({ ...plan.versions.at(-1)!.plan, id: plan.id }, log);
  }

  /** Modification times of the documents the schedule is built from. */
  #stamp(): string {
    const refs = [
      { name: 'settings' },
      { name: 'mail' },
      ...this.ctx.store.list('plans').map((name) => ({ dir: 'plans', name })),
      ...this.logs.planIds().map((name) => dutyLogRef(name)),
      ...this.readiness.documents(),
    ];
    return refs.map((ref) => `${ref.name}:${existsSync(this.ctx.store.path(ref)) ? statSync(this.ctx.store.path(ref)).mtimeMs : 0}`).join(',');
  }

  #published(): Plan[] {
    return this.plans
      .list()
      .filter((summary) => summary.latestVersion !== null)
      .map((summary) => this.plans.get(summary.id));
  }

  status(): RemindersStatus {
    const plans = this.#published();
    const me = this.settings.get().thisIsMe;
    const name = me === null ? null : (plans.flatMap((p) => p.versions.at(-1)?.plan.staff ?? []).find((s) => s.id === me)?.fullName ?? me);
    const doubleBookings = this.doubleBookings(plans).map(({ fullName, first, second }) => ({
      fullName,
      first: { planName: first.planName, what: first.what },
      second: { planName: second.planName, what: second.what },
    }));
    return { plans: plans.map(info), doubleBookings, thisIsMe: me === null ? null : { id: me, name: name ?? me }, mailReady: this.mail.ready() };
  }

  /** People on duty at the same time in two published plans (their latest versions). */
  doubleBookings(plans: Plan[] = this.#published()): DoubleBooking[] {
    return doubleBookings(plans.map((plan) => ({ id: plan.id, name: plan.name, core: plan.versions.at(-1)!.plan })));
  }

  /** Some published plan's period has not ended: the app should stay in the tray to remind. */
  keepRunning(): boolean {
    const now = this.ctx.clock.now().getTime();
    return this.status().plans.some((plan) => vnToEpoch(plan.window.end) > now);
  }

  async setOffsets(planId: string, offsetsMinutes: number[]): Promise<PublishedPlanInfo> {
    info(this.plans.get(planId));
    const unique = [...new Set(offsetsMinutes)].sort((a, b) => b - a);
    return info(await this.plans.update(planId, { reminders: { offsetsMinutes: unique } }));
  }

  async testNotification(): Promise<{ shown: true }> {
    try {
      const language = this.settings.get().language;
      await this.ctx.notifier.show({ title: translate(language, 'reminders.notify.test.title'), body: translate(language, 'reminders.notify.test.body'), target: null });
    } catch (error) {
      throw new AppError('INTERNAL', msg('reminders.error.notifyFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
    return { shown: true };
  }

  handlers() {
    return {
      'reminders:status': () => this.status(),
      'reminders:upcoming': () => this.engine.upcoming(),
      'reminders:log': () => this.engine.entries().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.reminder.at - a.reminder.at),
      'reminders:testNotification': () => this.testNotification(),
      'reminders:setOffsets': ({ planId, offsetsMinutes }) => this.setOffsets(planId, offsetsMinutes),
    } satisfies ReminderHandlers;
  }
}

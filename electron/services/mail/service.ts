import type { HandlersOf } from '../../../shared/api/define';
import { AppError } from '../../../shared/errors/app-error';
import { errorMessage } from '../../../shared/api/error-message';
import type { RosterPreview, SendRosterResult, reminderChannels } from '../../../shared/api/reminders';
import { MailFailure } from '../adapters';
import type { ServiceContext } from '../context';
import type { PlanService } from '../plans';
import { messageIdFor } from '../reminders/message-id';
import type { ReminderService } from '../reminders/service';
import { describeDoubleBookings } from '../../../shared/plan/double-booking';
import type { SettingsService } from '../settings';
import { rosterInvitations } from './invitations';
import type { MailSettingsService } from './settings';
import { msg } from '../../../shared/i18n/message';

type MailHandlers = Pick<HandlersOf<typeof reminderChannels>, `mail:${string}` & keyof typeof reminderChannels>;

/** Invitations that reached (or may have reached) the person; a failed one did not. */
const DELIVERED = new Set(['sent', 'uncertain', 'sending', 'retrying']);

/** SMTP settings, the test mail and "Gửi lịch trực". */
export class MailService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly mailSettings: MailSettingsService,
    private readonly settings: SettingsService,
    private readonly plans: PlanService,
    private readonly reminders: ReminderService,
  ) {}

  async test(to: string): Promise<{ response: string }> {
    const config = this.mailSettings.config();
    const now = this.ctx.clock.now();
    try {
      return await this.ctx.mailer.send(config, {
        messageId: messageIdFor(`test|${now.toISOString()}|${to}`, config.senderAddress),
        to,
        subject: '[Lịch Trực] Thư thử',
        text: 'Thư thử từ ứng dụng Lịch Trực: máy chủ thư của đơn vị gửi được thư nhắc lịch trực và lời mời lịch.',
        ics: null,
      });
    } catch (error) {
      throw new AppError('MAIL_FAILED', msg('mail.error.testFailed', { reason: error instanceof MailFailure ? error.reason : errorMessage(error) }));
    }
  }

  /** What "Gửi lịch trực" would send now: each recipient with new, changed and cancelled shifts. */
  previewRoster(planId: string): RosterPreview {
    const { plan, batch } = this.#batch(planId);
    const latest = plan.versions.at(-1)!;
    return { planName: latest.plan.name, version: latest.version, recipients: batch.recipients, unchanged: batch.unchanged, noEmail: batch.noEmail };
  }

  async sendRoster(planId: string, version?: number): Promise<SendRosterResult> {
    const { plan, batch } = this.#batch(planId);
    const latest = plan.versions.at(-1)!.version;
    if (version !== undefined && version !== latest) {
      throw new AppError('CONFLICT', msg('mail.error.republished', { plan: plan.name, version: latest }));
    }
    return { mails: await this.reminders.engine.deliver(batch.mails), unchanged: batch.unchanged, noEmail: batch.noEmail };
  }

  #batch(planId: string) {
    const plan = this.plans.get(planId);
    if (!plan.versions.length) throw new AppError('CONFLICT', msg('mail.error.notPublished', { plan: plan.name }));
    const clashes = this.reminders.doubleBookings().filter((d) => d.first.planId === planId || d.second.planId === planId);
    if (clashes.length) {
      throw new AppError('CONFLICT', msg('mail.error.doubleBooked', { clashes: describeDoubleBookings(clashes) }));
    }
    const config = this.mailSettings.config();
    const settings = this.settings.get();
    const mailed = new Map<string, number>();
    for (const { reminder, status } of this.reminders.engine.entries()) {
      const uid = reminder.ics?.uid;
      const sequence = reminder.ics?.sequence;
      if (reminder.kind !== 'invitation' || reminder.planId !== planId || !uid || typeof sequence !== 'number' || !DELIVERED.has(status)) continue;
      mailed.set(uid, Math.max(mailed.get(uid) ?? -1, sequence));
    }
    const organizer = { name: settings.document.unitName || config.senderName, email: settings.organisation.unitEmail || config.senderAddress };
    return { plan, batch: rosterInvitations({ plan, settings, organizer, mailed, now: this.ctx.clock.now().getTime() }) };
  }

  handlers() {
    return {
      'mail:settings:get': () => this.mailSettings.view(),
      'mail:settings:update': (changes) => this.mailSettings.update(changes),
      'mail:test': ({ to }) => this.test(to),
      'mail:rosterPreview': ({ planId }) => this.previewRoster(planId),
      'mail:sendRoster': ({ planId, version }) => this.sendRoster(planId, version),
    } satisfies MailHandlers;
  }
}

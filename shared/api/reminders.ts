import { z } from 'zod';
import { MailSettingsChanges, MailSettingsView } from '../mail/settings';
import { DutyWindow, PlanId } from '../plan/schema';
import { LogEntry, Reminder } from '../reminders/schema';
import { MessageSchema } from '../i18n/message';
import { defineChannels } from './define';
import { NoInput } from './plans';

export const PublishedPlanInfo = z.object({
  id: PlanId,
  name: z.string(),
  window: DutyWindow,
  version: z.number().int().positive(),
  publishedAt: z.string(),
  offsetsMinutes: z.array(z.number().int()),
});
export type PublishedPlanInfo = z.infer<typeof PublishedPlanInfo>;

/** A person on duty at the same time in two published plans (shared/plan/double-booking.ts), as the screen names it. */
const HeldShift = z.object({ planName: z.string(), what: MessageSchema });
export const DoubleBookingInfo = z.object({ fullName: z.string(), first: HeldShift, second: HeldShift });

export const RemindersStatus = z.object({
  plans: z.array(PublishedPlanInfo),
  /** Reminders of such a person go out once; invitations of either plan are refused until fixed. */
  doubleBookings: z.array(DoubleBookingInfo),
  /** On a staff member's own install, whose shifts are reminded of; null on the IT head's. */
  thisIsMe: z.object({ id: z.string(), name: z.string() }).nullable(),
  mailReady: z.boolean(),
});
export type RemindersStatus = z.infer<typeof RemindersStatus>;

export const SendRosterResult = z.object({
  /** Mails handed to the server now (or queued for retry), by person. */
  mails: z.array(LogEntry),
  unchanged: z.array(z.string()),
  noEmail: z.array(z.string()),
});
export type SendRosterResult = z.infer<typeof SendRosterResult>;

/** One person "Gửi lịch trực" mails: how many invitations of each kind (one mail per shift). */
export const RosterRecipient = z.object({ name: z.string(), email: z.string(), new: z.number().int(), changed: z.number().int(), cancelled: z.number().int() });
export type RosterRecipient = z.infer<typeof RosterRecipient>;

/** What "Gửi lịch trực" would send now, shown before the user confirms. */
export const RosterPreview = z.object({
  planName: z.string(),
  version: z.number().int(),
  recipients: z.array(RosterRecipient),
  unchanged: z.array(z.string()),
  noEmail: z.array(z.string()),
});
export type RosterPreview = z.infer<typeof RosterPreview>;

export const reminderChannels = defineChannels({
  'reminders:status': { input: NoInput, output: RemindersStatus },
  'reminders:upcoming': { input: NoInput, output: z.array(Reminder) },
  /** Newest first. */
  'reminders:log': { input: NoInput, output: z.array(LogEntry) },
  'reminders:testNotification': { input: NoInput, output: z.object({ shown: z.literal(true) }) },
  /** The plan's one reminder setting (VALARMs and the engine); applies without re-publishing. */
  'reminders:setOffsets': {
    input: z.object({
      planId: PlanId,
      offsetsMinutes: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(60 * 24 * 14),
        )
        .max(5),
    }),
    output: PublishedPlanInfo,
  },
  'mail:settings:get': { input: NoInput, output: MailSettingsView },
  'mail:settings:update': { input: MailSettingsChanges, output: MailSettingsView },
  'mail:test': { input: z.object({ to: z.string().trim().email('zod.format.email') }), output: z.object({ response: z.string() }) },
  /** "Gửi lịch trực": iTIP invitations for the latest published version. */
  'mail:rosterPreview': { input: z.object({ planId: PlanId }), output: RosterPreview },
  /** `version`: the one previewed; a plan published again since is refused, so what was shown is what goes. */
  'mail:sendRoster': { input: z.object({ planId: PlanId, version: z.number().int().positive().optional() }), output: SendRosterResult },
});

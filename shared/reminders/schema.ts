import { z } from 'zod';
import { StoredMessageSchema } from '../i18n/message';

/**
 * shift: to a person before their shift; handover: to this computer's user before a shift change;
 * unfilled: a shift starts with an empty seat; cancel: a person was taken off a shift they had
 * already been reminded of; invitation: the emailed iTIP roster; summary: several desktop
 * reminders shown as one after sleep; test: the "send a test" buttons; readiness: to a person before
 * the due day of a preparation task they were given.
 */
export const ReminderKind = z.enum(['shift', 'handover', 'unfilled', 'cancel', 'invitation', 'test', 'readiness']);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const ReminderChannel = z.enum(['desktop', 'email']);
export type ReminderChannel = z.infer<typeof ReminderChannel>;

/** An iTIP message carries one event (RFC 5546 §3.2: one UID per REQUEST or CANCEL), named here so the log knows what each person was sent. */
export const IcsAttachment = z.object({
  method: z.enum(['REQUEST', 'CANCEL']),
  content: z.string(),
  /** Null in logs written before invitations went one per event. */
  uid: z.string().nullable().default(null),
  sequence: z.number().int().nonnegative().nullable().default(null),
});
export type IcsAttachment = z.infer<typeof IcsAttachment>;

/** One thing to tell someone at one moment; `key` is stable across restarts and re-publishing. */
export const Reminder = z.object({
  key: z.string().min(1),
  kind: ReminderKind,
  channel: ReminderChannel,
  planId: z.string(),
  version: z.number().int().nonnegative(),
  shiftId: z.string().nullable(),
  /** `${planId}|${seatId}|${staffId}`: what a cancellation refers to. */
  assignment: z.string().nullable(),
  staffId: z.string().nullable(),
  personName: z.string().nullable(),
  /** The shift as people read it: "Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026". */
  what: z.string(),
  /** Email address for the email channel. */
  recipient: z.string().nullable(),
  offsetMinutes: z.number().int().nonnegative(),
  /** Epoch milliseconds: when to tell. */
  at: z.number(),
  /** Epoch milliseconds: after this, telling is pointless (the shift started) and it is missed. */
  deadline: z.number(),
  shiftStart: z.number().nullable(),
  title: z.string(),
  body: z.string(),
  ics: IcsAttachment.nullable().default(null),
});
export type Reminder = z.infer<typeof Reminder>;
export type ReminderInput = z.input<typeof Reminder>;

/**
 * sending is written before anything leaves the app; a `sending` found at start means the app
 * died mid-send and becomes `uncertain` (shown, never repeated). retrying waits for its next
 * attempt after a refusal; failed gave up; missed was due while the app could not tell in time.
 */
export const DeliveryStatus = z.enum(['sending', 'sent', 'uncertain', 'missed', 'retrying', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

/**
 * The engine that claimed a delivery: another process's claim in progress is never taken over.
 * `started` tells that process from a later one given its pid (absent in older logs).
 */
export const Claimant = z.object({ pid: z.number().int(), host: z.string(), started: z.string().optional(), engine: z.string() });
export type Claimant = z.infer<typeof Claimant>;

export const LogEntry = z.object({
  reminder: Reminder,
  status: DeliveryStatus,
  claimedBy: Claimant.nullable().default(null),
  attempts: z.number().int().nonnegative().default(0),
  /** Why the last attempt failed (with the server's words, if any), or why it was missed. */
  reason: StoredMessageSchema.nullable().default(null),
  nextAttemptAt: z.number().nullable().default(null),
  /** The summary notification this was shown in, when several were grouped. */
  groupedWith: z.number().int().nonnegative().default(0),
  messageId: z.string().nullable().default(null),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type LogEntry = z.infer<typeof LogEntry>;

/** Which shifts this computer reminds of: the IT head's (all, by email) or one person's own. */
export interface Audience {
  thisIsMe: string | null;
  /** Minutes before a shift change that the IT head is told; 0 turns it off. */
  handoverMinutes: number;
  /** Person reminders go by email only when the SMTP settings are complete. */
  mailReady: boolean;
}

export const HANDOVER_MINUTES = 30;

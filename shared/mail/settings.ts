import { z } from 'zod';
import { changesOf } from '../api/changes';

/** starttls: port 587, upgrade required; tls: implicit TLS, port 465; none: plain (only inside a trusted LAN). */
export const SmtpSecurity = z.enum(['starttls', 'tls', 'none']);
export type SmtpSecurity = z.infer<typeof SmtpSecurity>;

/** The agency's SMTP server and sender, without the password (that goes through the secret box). */
export const MailSettings = z.object({
  host: z.string().trim().max(253).default(''),
  port: z.number().int().min(1).max(65535).default(587),
  security: SmtpSecurity.default('starttls'),
  user: z.string().trim().max(254).default(''),
  senderName: z.string().trim().max(120).default('Lịch Trực'),
  senderAddress: z.string().trim().max(254).default(''),
});
export type MailSettings = z.infer<typeof MailSettings>;

/** What the UI sees: never the password, only whether one is stored and whether one can be. */
export const MailSettingsView = MailSettings.extend({
  hasPassword: z.boolean(),
  canStorePassword: z.boolean(),
  ready: z.boolean(),
});
export type MailSettingsView = z.infer<typeof MailSettingsView>;

export const MailSettingsChanges = changesOf(MailSettings.shape).extend({
  /** A new password; null removes the stored one; absent keeps it. */
  password: z.string().max(512).nullable().optional(),
});
export type MailSettingsChanges = z.infer<typeof MailSettingsChanges>;

/** Enough to send: a server and a sender address. */
export const mailReady = (s: MailSettings) => s.host !== '' && s.senderAddress.includes('@');

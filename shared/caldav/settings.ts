import { z } from 'zod';

/** SHA-256 of the server's certificate, as browsers and `openssl x509 -fingerprint -sha256` show it. */
export const CertificatePin = z
  .string()
  .trim()
  .transform((s) =>
    s
      .replace(/^sha256[:=\s]*/i, '')
      .replace(/[\s:]/g, '')
      .toUpperCase(),
  )
  .refine((s) => /^[0-9A-F]{64}$/.test(s), 'schema.pinInvalid')
  .transform((s) => s.match(/../g)!.join(':'));

/**
 * How the server's certificate is checked. There is no "ignore the certificate": a unit with an
 * internal server imports its own CA certificate (added to the system's), or pins the server's
 * certificate by its fingerprint.
 */
export const CaldavTrust = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('system') }),
  z.object({ mode: z.literal('ca'), caPem: z.string().max(64_000) }),
  z.object({ mode: z.literal('pin'), fingerprint: CertificatePin }),
]);
export type CaldavTrust = z.infer<typeof CaldavTrust>;

const fields = {
  /** Any URL of the server: discovery (RFC 6764) finds the calendars from there. */
  url: z.string().trim().max(2000),
  user: z.string().trim().max(254),
  trust: CaldavTrust,
};

/** The unit's CalDAV server, without the password (that goes through the secret box). */
export const CaldavSettings = z.object({
  url: fields.url.default(''),
  user: fields.user.default(''),
  trust: fields.trust.default({ mode: 'system' }),
});
export type CaldavSettings = z.infer<typeof CaldavSettings>;

/** What the UI sees: never the password, only whether one is stored and whether one can be. */
export const CaldavSettingsView = CaldavSettings.extend({
  hasPassword: z.boolean(),
  canStorePassword: z.boolean(),
  ready: z.boolean(),
  /** The imported CA certificate, described (subject, expiry, fingerprint) so the user can check it. */
  caSummary: z.string().nullable(),
});
export type CaldavSettingsView = z.infer<typeof CaldavSettingsView>;

/** A change: only the fields sent (no defaults, which would reset the others). */
export const CaldavSettingsChanges = z
  .object(fields)
  .partial()
  .extend({
    /** A new password; null removes the stored one; absent keeps it. */
    password: z.string().max(512).nullable().optional(),
  });
export type CaldavSettingsChanges = z.infer<typeof CaldavSettingsChanges>;

/** Enough to publish: a server and a user (the password is checked when publishing). */
export const caldavReady = (s: CaldavSettings) => s.url !== '' && s.user !== '';

/** Which calendars a plan goes to: one for the team (a shift per event), or one per person (their own shifts). */
export const CaldavTarget = z.enum(['team', 'per-person']);
export type CaldavTarget = z.infer<typeof CaldavTarget>;

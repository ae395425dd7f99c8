import type { AppEventName, AppEvents } from '../../shared/api/events';
import type { MailSettings } from '../../shared/mail/settings';
import type { IcsAttachment } from '../../shared/reminders/schema';
import { say, type Message } from '../../shared/i18n';

/** The outside world a service may touch, injected so tests can stand in for each. */
export interface Clock {
  now(): Date;
}
export interface IdGenerator {
  newId(): string;
}
export interface EventSink {
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void;
}
/** setTimeout, injectable so tests drive time by hand. */
export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
/** Where a clicked notification should take the user. */
export interface NotificationTarget {
  planId: string;
  shiftId: string | null;
}
export interface DesktopNotification {
  title: string;
  body: string;
  target: NotificationTarget | null;
}
/** A desktop notification (Electron's in the app). Throws when it could not be shown. */
export interface Notifier {
  show(notification: DesktopNotification): void | Promise<void>;
}
/**
 * Keeps secrets (the SMTP password): encrypted by the OS (Electron safeStorage in the app), in the OS
 * keyring, or in memory only (browser mode without a keyring). What is stored is only `seal`'s
 * answer, never the secret in clear.
 */
export interface SecretBox {
  readonly kind: SecretStorage;
  /** False where nothing can keep a secret: then none may be stored at all. */
  available(): boolean;
  seal(plain: string): string;
  /** Throws when this box cannot give the secret back (another box sealed it, or memory was lost). */
  open(sealed: string): string;
  /** Whether `open` would succeed, so the UI can ask for the password again instead of failing later. */
  holds?(sealed: string): boolean;
  /** Drops a secret that is being replaced. */
  forget?(sealed: string): void;
}
/**
 * The desktop's folder dialog, the one way the UI names a folder the services write into (the feed
 * folder): the page asks, only the user says where. Null: cancelled. Browser mode and the CLI have none.
 */
export type FolderPicker = (options: { title: string }) => Promise<string | null>;

export type SecretStorage = 'os-encryption' | 'keyring' | 'memory' | 'none';

/**
 * The part of `conf` (and of electron-store, its subclass) the store uses. The app passes
 * electron-store, the CLI and tests pass conf: the same engine writing the same files.
 */
export interface ConfLike {
  store: Record<string, unknown>;
  readonly path: string;
}
export type ConfFactory = (options: { cwd: string; name: string }) => ConfLike;

/**
 * Turns a print page into PDF bytes. The app passes Electron's printToPDF (electron/print.ts); the
 * CLI and tests pass headless Chromium. Both print the same HTML, so the PDF looks the same.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}

export interface SmtpConfig extends MailSettings {
  password: string | null;
}

export interface OutgoingMail {
  /** Stable per reminder or invitation, so mail systems drop the rare duplicate. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  ics: IcsAttachment | null;
}

/** The server refused or could not be reached; `reason` carries the server's own words when it gave any. */
export class MailFailure extends Error {
  constructor(readonly reason: Message) {
    super(say('vi', reason));
    this.name = 'MailFailure';
  }
}

/** Sends one message (nodemailer over SMTP in the app); resolves with the server's acceptance line, rejects with MailFailure. */
export interface Mailer {
  send(config: SmtpConfig, mail: OutgoingMail): Promise<{ response: string }>;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { newId: () => crypto.randomUUID() };
export const noEvents: EventSink = { emit: () => {} };
export const systemTimer: Timer = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) };
/** The CLI and tests have no desktop: notifications go nowhere. */
export const noNotifier: Notifier = { show: () => {} };
export const noSecrets: SecretBox = {
  kind: 'none',
  available: () => false,
  seal: () => {
    throw new Error('No secret storage here');
  },
  open: () => {
    throw new Error('No secret storage here');
  },
};

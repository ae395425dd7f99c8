import type { AppEventName, AppEvents } from '../../shared/api/events';
import type { MailSettings } from '../../shared/mail/settings';
import type { IcsAttachment } from '../../shared/reminders/schema';

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
export interface FileDialogs {
  /** Absolute path chosen by the user, or null when cancelled. */
  saveFile(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  openFile(options: { title: string; extensions: string[] }): Promise<string | null>;
  /** A folder for a set of files (one calendar per person). */
  chooseFolder(options: { title: string }): Promise<string | null>;
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
/** Encrypts secrets with the OS keychain (Electron safeStorage in the app). */
export interface SecretBox {
  /** False where the OS offers no encryption: then no secret may be stored at all. */
  available(): boolean;
  seal(plain: string): string;
  open(sealed: string): string;
}

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

/** The server refused or could not be reached; `reason` is the server's own words when it gave any. */
export class MailFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
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
/** For the CLI and any context without a display: every dialog is cancelled. */
export const noDialogs: FileDialogs = { saveFile: async () => null, openFile: async () => null, chooseFolder: async () => null };
export const systemTimer: Timer = { set: (callback, ms) => setTimeout(callback, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) };
/** The CLI and tests have no desktop: notifications go nowhere. */
export const noNotifier: Notifier = { show: () => {} };
export const noSecrets: SecretBox = {
  available: () => false,
  seal: () => {
    throw new Error('No secret storage here');
  },
  open: () => {
    throw new Error('No secret storage here');
  },
};

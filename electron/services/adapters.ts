import type { AppEventName, AppEvents } from '../../shared/api/events';

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

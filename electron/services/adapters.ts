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
export interface FileDialogs {
  /** Absolute path chosen by the user, or null when cancelled. */
  saveFile(options: { title: string; defaultName: string; extensions: string[] }): Promise<string | null>;
  openFile(options: { title: string; extensions: string[] }): Promise<string | null>;
  /** A folder for a set of files (one calendar per person). */
  chooseFolder(options: { title: string }): Promise<string | null>;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { newId: () => crypto.randomUUID() };
export const noEvents: EventSink = { emit: () => {} };
/** For the CLI and any context without a display: every dialog is cancelled. */
export const noDialogs: FileDialogs = { saveFile: async () => null, openFile: async () => null, chooseFolder: async () => null };

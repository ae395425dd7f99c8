import { readFileSync } from 'node:fs';
import { errorMessage } from '../../../shared/api/error-message';
import { AppError } from '../../../shared/errors/app-error';
import { moment, msg, type Message } from '../../../shared/i18n/message';
import { epochToVn } from '../../../shared/time/zone';
import { backupTime, type Backups } from './backups';
import { UnreadableDocument, refLabel, type DocRef, type DocumentStore } from './document-store';

/** For documents where a recovered copy must say it is one (the reminder log): applied and saved. */
export interface Recovery<T> {
  mark(value: T): T;
  /** Added to what the user is told. */
  note: Message;
}

/**
 * Reads and parses a document. When it cannot be read or is invalid it is moved aside and the
 * newest valid backup (if any) takes its place, or `fallback` (if given); every step is reported.
 * A document written by a newer app version is left untouched and the error is rethrown.
 */
export function guardedRead<T>(
  store: DocumentStore,
  backups: Backups,
  ref: DocRef,
  parse: (raw: unknown) => T,
  fallback?: { value: () => T; outcome: Message },
  recovery?: Recovery<T>,
): T | undefined {
  let movedTo: string;
  let reason: Message;
  try {
    const raw = store.read(ref);
    if (raw === undefined) return undefined;
    try {
      return parse(raw);
    } catch (error) {
      if (error instanceof AppError && error.code === 'STORE_TOO_NEW') throw error;
      reason = errorMessage(error);
      movedTo = store.moveAside(ref);
    }
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    ({ movedTo, reason } = error);
  }

  const told = (outcome: Message) => (recovery ? msg('store.outcome.noted', { outcome, note: recovery.note }) : outcome);
  for (const file of backups.list(ref)) {
    let value: T;
    try {
      value = parse(JSON.parse(readFileSync(backups.path(ref, file), 'utf8')));
    } catch {
      continue; // An unreadable backup is skipped: an older one may still be good.
    }
    value = recovery ? recovery.mark(value) : value;
    store.write(ref, value as Record<string, unknown>);
    store.report({ file: refLabel(ref), movedTo, reason, outcome: told(msg('store.outcome.restored', { time: moment(epochToVn(backupTime(file)), { year: true }) })) });
    return value;
  }
  if (fallback) {
    const value = recovery ? recovery.mark(fallback.value()) : fallback.value();
    if (recovery) store.write(ref, value as Record<string, unknown>);
    store.report({ file: refLabel(ref), movedTo, reason, outcome: told(fallback.outcome) });
    return value;
  }
  store.report({ file: refLabel(ref), movedTo, reason, outcome: msg('store.outcome.noBackup') });
  return undefined;
}

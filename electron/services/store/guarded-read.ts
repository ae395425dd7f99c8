import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import { backupTime, type Backups } from './backups';
import { UnreadableDocument, refLabel, type DocRef, type DocumentStore } from './document-store';

const viTime = (ms: number) => new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(ms);

/** For documents where a recovered copy must say it is one (the reminder log): applied and saved. */
export interface Recovery<T> {
  mark(value: T): T;
  /** Added to what the user is told. */
  note: string;
}

/**
 * Reads and parses a document. When it cannot be read or is invalid it is moved aside and the
 * newest valid backup (if any) takes its place, or `fallback` (if given); every step is reported.
 * A document written by a newer app version is left untouched and the error is rethrown.
 */
export function guardedRead<T>(store: DocumentStore, backups: Backups, ref: DocRef, parse: (raw: unknown) => T, fallback?: { value: () => T; outcome: string }, recovery?: Recovery<T>): T | undefined {
  let movedTo: string;
  let reason: string;
  try {
    const raw = store.read(ref);
    if (raw === undefined) return undefined;
    try {
      return parse(raw);
    } catch (error) {
      if (error instanceof AppError && error.code === 'STORE_TOO_NEW') throw error;
      reason = error instanceof Error ? error.message : String(error);
      movedTo = store.moveAside(ref);
    }
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    ({ movedTo, reason } = error);
  }

  const note = recovery ? ` ${recovery.note}` : '';
  for (const file of backups.list(ref)) {
    let value: T;
    try {
      value = parse(JSON.parse(readFileSync(backups.path(ref, file), 'utf8')));
    } catch {
      continue; // An unreadable backup is skipped: an older one may still be good.
    }
    value = recovery ? recovery.mark(value) : value;
    store.write(ref, value as Record<string, unknown>);
    store.report({ file: refLabel(ref), movedTo, reason, outcome: `Đã khôi phục từ bản sao lưu lúc ${viTime(backupTime(file))}.${note}` });
    return value;
  }
  if (fallback) {
    const value = recovery ? recovery.mark(fallback.value()) : fallback.value();
    if (recovery) store.write(ref, value as Record<string, unknown>);
    store.report({ file: refLabel(ref), movedTo, reason, outcome: `${fallback.outcome}${note}` });
    return value;
  }
  store.report({ file: refLabel(ref), movedTo, reason, outcome: 'Không có bản sao lưu hợp lệ; tệp hỏng được giữ lại để khôi phục thủ công.' });
  return undefined;
}

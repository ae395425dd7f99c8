import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors/app-error';
import { backupTime, type Backups } from './backups';
import { UnreadableDocument, refLabel, type DocRef, type DocumentStore } from './document-store';

const viTime = (ms: number) => new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(ms);

/**
 * Reads and parses a document. When it cannot be read or is invalid it is moved aside and the
 * newest valid backup (if any) takes its place, or `fallback` (if given); every step is reported.
 * A document written by a newer app version is left untouched and the error is rethrown.
 */
export function guardedRead<T>(store: DocumentStore, backups: Backups, ref: DocRef, parse: (raw: unknown) => T, fallback?: { value: () => T; outcome: string }): T | undefined {
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

  for (const file of backups.list(ref)) {
    try {
      const value = parse(JSON.parse(readFileSync(backups.path(ref, file), 'utf8')));
      store.write(ref, value as Record<string, unknown>);
      store.report({ file: refLabel(ref), movedTo, reason, outcome: `Đã khôi phục từ bản sao lưu lúc ${viTime(backupTime(file))}.` });
      return value;
    } catch {
      // An unreadable backup is skipped: an older one may still be good.
    }
  }
  if (fallback) {
    const value = fallback.value();
    store.report({ file: refLabel(ref), movedTo, reason, outcome: fallback.outcome });
    return value;
  }
  store.report({ file: refLabel(ref), movedTo, reason, outcome: 'Không có bản sao lưu hợp lệ; tệp hỏng được giữ lại để khôi phục thủ công.' });
  return undefined;
}

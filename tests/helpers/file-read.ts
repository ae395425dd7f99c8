import { say } from '../../shared/i18n';
import type { FileRead } from '../../shared/staff/raw-table';

/** A file's read or refusal with the refusal in Vietnamese words, as the CLI and the Vietnamese UI say it. */
export function inVietnamese<T>(result: FileRead<T>): { ok: true; value: T } | { ok: false; error: string } {
  return result.ok ? result : { ok: false, error: say('vi', result.error) };
}

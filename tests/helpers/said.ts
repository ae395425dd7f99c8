import { say, type Message } from '../../shared/i18n';

const isMessage = (value: unknown): value is Message => typeof value === 'object' && value !== null && 'code' in value && 'params' in value;

/**
 * A handler's answer, or a problem, with its message in the Vietnamese words a user reads, so a
 * test asserts the sentence rather than the key: `{ ok: false, error: { code, message: '…' } }`.
 */
export function inVietnamese(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (isMessage(record.message)) return { ...record, message: say('vi', record.message) };
  if (typeof record.error === 'object' && record.error !== null) return { ...record, error: inVietnamese(record.error) };
  return value;
}

/** A message kept in a status or log, in the Vietnamese words a user reads ('' when there is none). */
export const viText = (message: Message | null | undefined): string => (message ? say('vi', message) : '');

/** A letter only Vietnamese writes (a tone mark, ă â ê ô ơ ư đ): none may reach the English UI. */
export const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

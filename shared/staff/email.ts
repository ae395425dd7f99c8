import { z } from 'zod';
import { msg } from '../i18n/message';
import type { FieldCheck } from './field-check';

const Email = z.email();

/** Empty is allowed (not everyone has a work mailbox); otherwise a plain address, compared case-insensitively. */
export function normalizeEmail(raw: string): FieldCheck {
  const trimmed = raw.trim().replace(/^mailto:/i, '');
  if (trimmed === '') return { ok: true, value: '' };
  if (!Email.safeParse(trimmed).success) return { ok: false, text: msg('staffImport.email.invalid', { email: trimmed }) };
  return { ok: true, value: trimmed.toLowerCase() };
}

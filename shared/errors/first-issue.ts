import type { z } from 'zod';
import { msg, type Message, type MessageParam } from '../i18n/message';
import { issueMessage } from './zod-message';

/** Names the first wrong field of a validation failure the way a user can find it. */
export function firstIssue(error: z.ZodError): { where: string; message: Message } {
  const issue = error.issues[0];
  if (!issue) return { where: '', message: msg('zod.invalid') };
  const where = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
  return { where: where || ROOT, message: issueMessage(issue) };
}

/** The locator of the whole value: a path, not words, so no message shows it as such. */
export const ROOT = '(gốc)';

/** A locator as a message's parameter: the whole value is named in the reader's language. */
export const placeOf = (where: string): MessageParam => (where === ROOT || where === '' ? msg('error.root') : where);

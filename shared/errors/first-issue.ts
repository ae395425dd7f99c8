import type { z } from 'zod';
import { issueMessage } from './zod-message';

/** Names the first wrong field of a validation failure the way a user can find it. */
export function firstIssue(error: z.ZodError): { where: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { where: '', message: 'Dữ liệu không hợp lệ' };
  const where = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
  return { where: where || '(gốc)', message: issueMessage(issue) };
}

import { z } from 'zod';
import { MessageSchema } from '../i18n/message';

/** A store file that could not be read, where it was moved (null: left in place), and what the app did about it. */
export const RecoveryNotice = z.object({
  file: z.string(),
  movedTo: z.string().nullable(),
  reason: MessageSchema,
  /** What the user has now: restored from a backup, started empty … */
  outcome: MessageSchema,
  at: z.string(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;

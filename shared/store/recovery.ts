import { z } from 'zod';

/** A store file that could not be read, where it was moved (null: left in place), and what the app did about it. */
export const RecoveryNotice = z.object({
  file: z.string(),
  movedTo: z.string().nullable(),
  reason: z.string(),
  /** What the user has now, in Vietnamese: restored from a backup, started empty … */
  outcome: z.string(),
  at: z.string(),
});
export type RecoveryNotice = z.infer<typeof RecoveryNotice>;

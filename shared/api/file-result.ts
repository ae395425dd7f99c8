import { z } from 'zod';

/** The user closed the file dialog: nothing was read or written. */
export const Cancelled = z.object({ cancelled: z.literal(true) });

/** A file written where the user chose, or nothing at all. */
export const FileResult = z.union([z.object({ path: z.string() }), Cancelled]);
export type FileResult = z.infer<typeof FileResult>;

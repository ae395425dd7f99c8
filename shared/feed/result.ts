import { z } from 'zod';
import { PlanId } from '../plan/schema';

/** One file as written, without its content: who it is for and where it is subscribed. */
export const FeedFileStatus = z.object({
  /** Null for the whole roster's file. */
  staffId: z.string().nullable(),
  personName: z.string().nullable(),
  displayName: z.string(),
  fileName: z.string(),
  url: z.string(),
  webcal: z.string(),
  events: z.number().int(),
  cancelled: z.number().int(),
});
export type FeedFileStatus = z.infer<typeof FeedFileStatus>;

/** What a write of the feed folder did. */
export const FeedWriteResult = z.object({
  planId: PlanId,
  version: z.number().int(),
  at: z.string(),
  folder: z.string(),
  baseUrl: z.string(),
  refreshMinutes: z.number().int(),
  files: z.array(FeedFileStatus),
  /** Files of this plan written there before and no longer part of it (a changed address), removed. */
  removed: z.array(z.string()),
});
export type FeedWriteResult = z.infer<typeof FeedWriteResult>;

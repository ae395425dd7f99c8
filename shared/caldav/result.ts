import { z } from 'zod';
import { StoredMessageSchema } from '../i18n/message';
import { PlanId } from '../plan/schema';
import { CaldavTarget } from './settings';

/**
 * What became of one event on the server. `conflict`: someone changed it there since our last
 * publish (412), so it was left as they made it. `skipped`: not tried, the server had stopped answering.
 */
export const ObjectOutcome = z.enum(['created', 'updated', 'cancelled', 'deleted', 'unchanged', 'conflict', 'failed', 'skipped']);
export type ObjectOutcome = z.infer<typeof ObjectOutcome>;

export const ObjectStatus = z.object({
  uid: z.string(),
  summary: z.string(),
  /** Epoch ms of the shift's start. */
  start: z.number(),
  outcome: ObjectOutcome,
  /** Why it failed, was refused or was not sent (with the server's status line and words, if any). */
  reason: StoredMessageSchema.nullable(),
});
export type ObjectStatus = z.infer<typeof ObjectStatus>;

export const CalendarStatus = z.object({
  key: z.string(),
  personName: z.string().nullable(),
  displayName: z.string(),
  url: z.string().nullable(),
  /** The calendar itself could not be found or made. */
  error: StoredMessageSchema.nullable(),
  objects: z.array(ObjectStatus),
});
export type CalendarStatus = z.infer<typeof CalendarStatus>;

export const CaldavPublishResult = z.object({
  planId: PlanId,
  version: z.number().int().nullable(),
  target: CaldavTarget,
  server: z.string(),
  at: z.string(),
  /** A dry run says what would be sent; outcomes are then what would happen. */
  dryRun: z.boolean(),
  /** Every event is on the server as published (nothing failed, skipped or in conflict). */
  complete: z.boolean(),
  calendars: z.array(CalendarStatus),
});
export type CaldavPublishResult = z.infer<typeof CaldavPublishResult>;

export const countOutcomes = (result: Pick<CaldavPublishResult, 'calendars'>) => {
  const counts = Object.fromEntries(ObjectOutcome.options.map((o) => [o, 0])) as Record<ObjectOutcome, number>;
  for (const calendar of result.calendars) for (const object of calendar.objects) counts[object.outcome]++;
  return counts;
};

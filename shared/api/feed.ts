import { z } from 'zod';
import { FeedWriteResult } from '../feed/result';
import { FeedSettingsChanges, FeedSettingsView } from '../feed/settings';
import { PlanId } from '../plan/schema';
import { defineChannels } from './define';
import { NoInput } from './plans';

/** A plan's feed: what was last written and whether it is behind the plan or the settings. */
export const FeedPlanStatus = z.object({
  planId: PlanId,
  last: FeedWriteResult.nullable(),
  /** The plan's latest published version, null when never published. */
  publishedVersion: z.number().int().nullable(),
  /** The folder holds an older version, or was written with another folder, address or refresh interval. */
  stale: z.boolean(),
});
export type FeedPlanStatus = z.infer<typeof FeedPlanStatus>;

export const feedChannels = defineChannels({
  'feed:settings:get': { input: NoInput, output: FeedSettingsView },
  'feed:settings:update': { input: FeedSettingsChanges, output: FeedSettingsView },
  /** Opens the desktop's folder dialog; the folder the user picks is kept. Null: cancelled. */
  'feed:settings:chooseFolder': { input: NoInput, output: FeedSettingsView.nullable() },
  'feed:plan:get': { input: z.object({ planId: PlanId }), output: FeedPlanStatus },
  /** Writes the plan's latest published version into the feed folder. */
  'feed:write': { input: z.object({ planId: PlanId }), output: FeedWriteResult },
  /**
   * Gives one person (or the whole roster, staffId null) a new address and removes the file at the
   * old one, for an address that was passed on to someone it was not meant for.
   */
  'feed:rotate': { input: z.object({ planId: PlanId, staffId: z.string().min(1).max(200).nullable() }), output: FeedWriteResult },
});

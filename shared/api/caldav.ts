import { z } from 'zod';
import { CaldavPublishResult } from '../caldav/result';
import { CaldavSettingsChanges, CaldavSettingsView, CaldavTarget } from '../caldav/settings';
import { PlanId } from '../plan/schema';
import { defineChannels } from './define';
import { NoInput } from './plans';

/** A plan's CalDAV publishing: where it goes and what the last publish did. */
export const CaldavPlanStatus = z.object({
  planId: PlanId,
  target: CaldavTarget,
  /** The last real publish (not a dry run) to any server, with each person's and event's outcome. */
  last: CaldavPublishResult.nullable(),
});
export type CaldavPlanStatus = z.infer<typeof CaldavPlanStatus>;

export const caldavChannels = defineChannels({
  'caldav:settings:get': { input: NoInput, output: CaldavSettingsView },
  'caldav:settings:update': { input: CaldavSettingsChanges, output: CaldavSettingsView },
  /** Logs in and finds the calendar home (RFC 6764 discovery): what "Kiểm tra kết nối" shows. */
  'caldav:test': { input: NoInput, output: z.object({ homeUrl: z.string(), calendars: z.array(z.string()) }) },
  'caldav:plan:get': { input: z.object({ planId: PlanId }), output: CaldavPlanStatus },
  'caldav:plan:setTarget': { input: z.object({ planId: PlanId, target: CaldavTarget }), output: CaldavPlanStatus },
  /** Publishes the plan's latest published version to the server in Settings; `dryRun` only says what would change. */
  'caldav:publish': { input: z.object({ planId: PlanId, dryRun: z.boolean().default(false) }), output: CaldavPublishResult },
});

import { z } from 'zod';
import { CheckItem, OutgoingKind } from '../paperwork/checklist';
import { PlanId } from '../plan/schema';
import { defineChannels } from './define';

export const paperworkChannels = defineChannels({
  /** What is unfinished before a plan's documents, calendars or invitations go out ("Nothing goes out unfinished"). */
  'paperwork:checklist': { input: z.object({ planId: PlanId, kind: OutgoingKind }), output: z.array(CheckItem) },
});

import { z } from 'zod';
import { AfterReportOptions } from '../paperwork/after-report';
import { CheckItem, OutgoingKind } from '../paperwork/checklist';
import { ContactListOptions } from '../paperwork/contact-list';
import { IncidentNoticeOptions } from '../paperwork/incident-notice';
import { PlanId } from '../plan/schema';
import { defineChannels } from './define';
import { Orientation } from './exports';
import { DownloadFile } from './files';

/** A paper is handed out as PDF or Word (HTML is the CLI's, for looking at it). */
export const PaperFileFormat = z.enum(['pdf', 'docx']);
export type PaperFileFormat = z.infer<typeof PaperFileFormat>;

const common = { planId: PlanId, format: PaperFileFormat, orientation: Orientation.default('portrait') };

/** One paper of the holiday with what the user wrote on it for this once (nothing of it is saved). */
export const PaperBuildRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('contacts'), ...common, options: ContactListOptions.default({}) }),
  z.strictObject({ kind: z.literal('incident'), ...common, incidentId: z.string().min(1).max(64), options: IncidentNoticeOptions.default({}) }),
  z.strictObject({ kind: z.literal('after'), ...common, options: AfterReportOptions.default({}) }),
]);
export type PaperBuildRequest = z.infer<typeof PaperBuildRequest>;
export type PaperBuildInput = z.input<typeof PaperBuildRequest>;

export const paperworkChannels = defineChannels({
  /** What is unfinished before a plan's documents, calendars or invitations go out ("Nothing goes out unfinished"). */
  'paperwork:checklist': { input: z.object({ planId: PlanId, kind: OutgoingKind }), output: z.array(CheckItem) },
  /** The bytes of one paper (contact list, incident notice, after-holiday report); the host saves them. */
  'paperwork:build': { input: PaperBuildRequest, output: DownloadFile },
});

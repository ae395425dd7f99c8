import { z } from 'zod';
import { StaffDraft } from '../staff/draft';
import { StaffId, StaffMember } from '../staff/schema';
import { ImportPreview, ImportRow } from '../staff/import-preview';
import { ImportChoices } from '../staff/import-choices';
import { defineChannels } from './define';
import { DownloadFile, UploadedFile } from './files';
import { NoInput } from './plans';

const { rowNumber, ...rowRest } = ImportRow.shape;

/** The preview as it crosses IPC, with what confirming needs and each row's cells as the file has them. */
export const StaffImportPreview = z.object({
  /** Names the preview kept by the service; confirming re-reads nothing from disk. */
  token: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** A workbook's sheets and the one read; the user may pick another. */
  sheets: z.object({ names: z.array(z.string()), chosen: z.number().int() }).optional(),
  ...ImportPreview.shape,
  rows: z.array(
    z.object({
      rowNumber,
      /** So a refused row can still be recognised. */
      cells: z.array(z.string()),
      ...rowRest,
    }),
  ),
});
export type StaffImportPreview = z.infer<typeof StaffImportPreview>;

/** The name a row gives, read or typed: rows refused for errors have no staff member, only cells. */
export function previewRowName(preview: Pick<StaffImportPreview, 'columns'>, row: StaffImportPreview['rows'][number]): string {
  if (row.staff) return row.staff.fullName;
  const index = preview.columns.findIndex((c) => c.field === 'fullName');
  return (row.cells[index] ?? '').trim();
}

/** What to do with rows that repeat someone already in the directory: never decided silently. */
export const DuplicateChoice = z.enum(['skip', 'update']);
export type DuplicateChoice = z.infer<typeof DuplicateChoice>;

export const StaffImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  skippedDuplicates: z.number().int(),
  /** Row numbers (as in Excel) that were not imported because of errors or repeats within the file. */
  refusedRows: z.array(z.number().int()),
});
export type StaffImportResult = z.infer<typeof StaffImportResult>;

export const staffChannels = defineChannels({
  /** The whole directory, inactive people included, sorted by given name. */
  'staff:list': { input: NoInput, output: z.array(StaffMember) },
  /** Adds (no id) or edits a person; phone and email are stored normalised. */
  'staff:save': { input: StaffDraft, output: StaffMember },
  /** People are deactivated, never deleted, once a plan may refer to them. */
  'staff:setActive': { input: z.object({ id: StaffId, active: z.boolean() }), output: StaffMember },
  /** Deletes someone who is in no plan at all (a typo); anyone else can only be deactivated. */
  'staff:remove': { input: z.object({ id: StaffId }), output: z.object({ id: StaffId, fullName: z.string() }) },
  /** Reads the file the user picked (its bytes and name, never a path) and says row by row what importing it would do. */
  'staff:importPreview': { input: z.strictObject({ file: UploadedFile }), output: StaffImportPreview },
  /** Another sheet of the previewed workbook, from the bytes kept under the preview's token; the earlier preview is dropped. */
  'staff:importSheet': { input: z.strictObject({ token: z.string(), sheet: z.string() }), output: StaffImportPreview },
  /** The previewed file read again with the user's choices; confirming applies the last ones. */
  'staff:importChoose': { input: z.strictObject({ token: z.string(), choices: ImportChoices }), output: StaffImportPreview },
  'staff:importConfirm': { input: z.object({ token: z.string(), duplicates: DuplicateChoice.default('skip') }), output: StaffImportResult },
  /** The directory as a file to hand to the user; saving it is the host's. */
  'staff:export': { input: z.strictObject({ format: z.enum(['csv', 'xlsx']) }), output: z.object({ file: DownloadFile }) },
  /** Fills an empty directory with the demo's 30 fictional people. */
  'staff:loadSample': { input: NoInput, output: z.array(StaffMember) },
});

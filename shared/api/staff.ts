import { z } from 'zod';
import { StaffDraft } from '../staff/draft';
import { StaffId, StaffMember } from '../staff/schema';
import { ImportChoices, SkillChoice, StaffFieldSchema as StaffField } from '../staff/import-choices';
import { defineChannels } from './define';
import { DownloadFile, UploadedFile } from './files';
import { NoInput } from './plans';

const ImportProblemSchema = z.object({
  field: z.union([StaffField, z.literal('row')]),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

const ImportRowStatus = z.enum(['new', 'duplicate-of-existing', 'duplicate-in-file', 'error']);

/** shared/staff/import-rows.ts ImportPreview, as it crosses IPC, with what confirming needs. */
export const StaffImportPreview = z.object({
  /** Names the preview kept by the service; confirming re-reads nothing from disk. */
  token: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** A workbook's sheets and the one read; the user may pick another. */
  sheets: z.object({ names: z.array(z.string()), chosen: z.number().int() }).optional(),
  headerRows: z.object({ first: z.number().int(), last: z.number().int() }),
  columns: z.array(z.object({ header: z.string(), field: StaffField.nullable() })),
  rows: z.array(
    z.object({
      rowNumber: z.number().int(),
      /** The row's cells as the file has them, so a refused row can still be recognised. */
      cells: z.array(z.string()),
      staff: StaffMember.optional(),
      problems: z.array(ImportProblemSchema),
      status: ImportRowStatus,
      duplicateOf: z.union([z.object({ staffId: z.string() }), z.object({ rowNumber: z.number().int() })]).optional(),
      /** The role cell as written when it names no known role: the user picks the row's role. */
      askRole: z.string().optional(),
    }),
  ),
  skipped: z.array(z.object({ from: z.number().int(), to: z.number().int(), reason: z.enum(['heading', 'after-table']), text: z.string() })),
  counts: z.record(ImportRowStatus, z.number().int()),
  /** The headers did not name the required columns: which column is which is the user's to say. */
  mapping: z
    .object({
      missing: z.array(StaffField),
      message: z.string(),
      samples: z.array(z.array(z.string())),
      remembered: z.boolean(),
      key: z.string(),
    })
    .optional(),
  /** Skill names the Settings list does not know, each to be added, mapped to a skill, or ignored. */
  unknownSkills: z.array(z.object({ name: z.string(), rows: z.array(z.number().int()), choice: SkillChoice, newId: z.string().optional() })),
  choices: ImportChoices,
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

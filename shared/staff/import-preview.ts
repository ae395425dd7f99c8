import { z } from 'zod';
import { MessageSchema } from '../i18n/message';
import { StaffField } from './columns';
import { ImportChoices } from './import-choices';
import { StaffMember } from './schema';
import { UnknownSkill } from './unknown-skills';

export const ImportProblem = z.object({
  /** The column the problem is about; 'row' for the row as a whole (duplicates). */
  field: z.union([StaffField, z.literal('row')]),
  /** Said in the reader's language where it is shown: the preview, the CLI. */
  text: MessageSchema,
  /** Errors keep the row out of the import; warnings are shown and the row is still imported. */
  severity: z.enum(['error', 'warning']),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportRowStatus = z.enum(['new', 'duplicate-of-existing', 'duplicate-in-file', 'error']);
export type ImportRowStatus = z.infer<typeof ImportRowStatus>;

export const ImportRow = z.object({
  /** As the user sees it in Excel: the header is row 1. */
  rowNumber: z.number().int(),
  staff: StaffMember.optional(),
  problems: z.array(ImportProblem),
  status: ImportRowStatus,
  /** The directory member or the earlier row this row repeats. */
  duplicateOf: z.union([z.object({ staffId: z.string() }), z.object({ rowNumber: z.number().int() })]).optional(),
  /** The role cell as written, when it names no role we know: the user chooses the row's role. */
  askRole: z.string().optional(),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportColumn = z.object({
  header: z.string(),
  /** null: not a column we know, or a second column for a field already read. */
  field: StaffField.nullable(),
});
export type ImportColumn = z.infer<typeof ImportColumn>;

/** Rows of the file that are not people and were passed over, so the user sees nothing was lost. */
export const SkippedRows = z.object({
  /** 1-based, as in Excel; `to` is `from` for a single row. */
  from: z.number().int(),
  to: z.number().int(),
  /** A group heading between people ("I. BAN GIÁM ĐỐC"), or what follows the table (totals, signatures). */
  reason: z.enum(['heading', 'after-table']),
  /** The cell that showed it: the heading, or "Tổng cộng", "Người lập biểu"… */
  text: z.string(),
});
export type SkippedRows = z.infer<typeof SkippedRows>;

/** Present when the file's headers did not name the required columns: the user says which is which. */
export const MappingState = z.object({
  /** Still missing: no rows are read until these are mapped. */
  missing: z.array(StaffField),
  /** Why, in the words the whole-file refusal used before mapping existed (the CLI prints it). */
  text: MessageSchema,
  /** The first rows under the header, to show what each column holds. */
  samples: z.array(z.array(z.string())),
  /** The mapping applied came from an earlier import of a file with the same headers. */
  remembered: z.boolean(),
  /** Identifies the file's headers, to remember the mapping once the import is confirmed. */
  key: z.string(),
});
export type MappingState = z.infer<typeof MappingState>;

/** What importing a file would do, row by row; nothing is saved until the user confirms. */
export const ImportPreview = z.object({
  /** 1-based rows of the header (two when a group header sits over sub-headers). */
  headerRows: z.object({ first: z.number().int(), last: z.number().int() }),
  columns: z.array(ImportColumn),
  rows: z.array(ImportRow),
  skipped: z.array(SkippedRows),
  counts: z.record(ImportRowStatus, z.number().int()),
  mapping: MappingState.optional(),
  /** Skill names the Settings list does not know, each to be added, mapped to a skill, or ignored. */
  unknownSkills: z.array(UnknownSkill),
  /** The user's choices as applied, the remembered column mapping included. */
  choices: ImportChoices,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

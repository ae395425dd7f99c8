import { z } from 'zod';
import { StaffField } from './columns';
import { StaffMember } from './schema';

export const ImportProblem = z.object({
  /** The column the problem is about; 'row' for the row as a whole (duplicates). */
  field: z.union([StaffField, z.literal('row')]),
  message: z.string(),
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
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportColumn = z.object({
  header: z.string(),
  /** null: not a column we know, or a second column for a field already read. */
  field: StaffField.nullable(),
});
export type ImportColumn = z.infer<typeof ImportColumn>;

/** What importing a file would do, row by row; nothing is saved until the user confirms. */
export const ImportPreview = z.object({
  columns: z.array(ImportColumn),
  rows: z.array(ImportRow),
  counts: z.record(ImportRowStatus, z.number().int()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

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

/** What importing a file would do, row by row; nothing is saved until the user confirms. */
export const ImportPreview = z.object({
  /** 1-based rows of the header (two when a group header sits over sub-headers). */
  headerRows: z.object({ first: z.number().int(), last: z.number().int() }),
  columns: z.array(ImportColumn),
  rows: z.array(ImportRow),
  skipped: z.array(SkippedRows),
  counts: z.record(ImportRowStatus, z.number().int()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

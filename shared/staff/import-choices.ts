import { z } from 'zod';
import { StaffField } from './columns';
import { StaffRole } from './schema';
import { MAX_IMPORT_ROWS } from './raw-table';

/** What becomes of a skill name the Settings list does not know: nothing is dropped unless the user says so. */
export const SkillChoice = z.discriminatedUnion('kind', [
  /** A new skill of the list, named as the file writes it. */
  z.object({ kind: z.literal('add') }),
  /** Another name of a skill already in the list, kept as one of its names for the next import. */
  z.object({ kind: z.literal('map'), skillId: z.string().max(64) }),
  z.object({ kind: z.literal('ignore') }),
]);
export type SkillChoice = z.infer<typeof SkillChoice>;

/** Which column holds which field, read from one header row, when the file's own headers do not say. */
export const ColumnMapping = z.object({
  /** 1-based, as in Excel: two rows when a group header sits over sub-headers. */
  headerRows: z.object({ first: z.number().int().min(1), last: z.number().int().min(1) }),
  fields: z.array(StaffField.nullable()).max(200),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** What the user decided in the preview, applied to the same file on every re-read and at confirm. */
export const ImportChoices = z.strictObject({
  /** A row whose role the file does not name in a way we know: the roles chosen; none keeps it out. */
  roles: z
    .array(z.object({ row: z.number().int().min(1), roles: z.array(StaffRole).max(2) }))
    .max(MAX_IMPORT_ROWS)
    .default([]),
  /** By the name as written (any spelling of it); a name with no choice is added. */
  skills: z
    .array(z.object({ name: z.string().max(200), choice: SkillChoice }))
    .max(1000)
    .default([]),
  columns: ColumnMapping.optional(),
});
export type ImportChoices = z.infer<typeof ImportChoices>;

export const NO_CHOICES: ImportChoices = { roles: [], skills: [] };

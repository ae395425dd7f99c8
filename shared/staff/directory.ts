import { z } from 'zod';
import { parseDocument, type Migration } from '../store/migrate';
import { StaffMember } from './schema';
import { msg } from '../i18n/message';

export const DIRECTORY_SCHEMA_VERSION = 1;
export const STAFF_MIGRATIONS: Record<number, Migration> = {};

/** The stored staff directory document. */
export const StaffDirectory = z.object({
  schemaVersion: z.literal(DIRECTORY_SCHEMA_VERSION),
  members: z.array(StaffMember),
});
export type StaffDirectory = z.infer<typeof StaffDirectory>;

export const parseStaffDirectory = (raw: unknown): StaffDirectory =>
  parseDocument(raw, { kind: msg('store.kind.staff'), current: DIRECTORY_SCHEMA_VERSION, migrations: STAFF_MIGRATIONS, schema: StaffDirectory });

import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { firstIssue } from '../errors/first-issue';
import { migrateDocument, type Migration } from '../store/migrate';
import { StaffMember } from './schema';

export const DIRECTORY_SCHEMA_VERSION = 1;
export const STAFF_MIGRATIONS: Record<number, Migration> = {};

/** The stored staff directory document. */
export const StaffDirectory = z.object({
  schemaVersion: z.literal(DIRECTORY_SCHEMA_VERSION),
  members: z.array(StaffMember),
});
export type StaffDirectory = z.infer<typeof StaffDirectory>;

export function parseStaffDirectory(raw: unknown): StaffDirectory {
  const doc = migrateDocument(raw, { kind: 'Danh bạ nhân sự', current: DIRECTORY_SCHEMA_VERSION, migrations: STAFF_MIGRATIONS });
  const parsed = StaffDirectory.safeParse(doc);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new AppError('STORE_CORRUPT', `Danh bạ nhân sự: trường "${where}" không hợp lệ — ${message}`, where);
  }
  return parsed.data;
}

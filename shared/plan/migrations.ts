import { AppError } from '../errors/app-error';
import { firstIssue } from '../errors/first-issue';
import { migrateDocument, type Migration } from '../store/migrate';
import { PLAN_SCHEMA_VERSION, Plan } from './schema';

/** `PLAN_MIGRATIONS[n]` upgrades a plan of schema n to n+1; add one whenever the schema changes shape. */
export const PLAN_MIGRATIONS: Record<number, Migration> = {};

/** Reads a plan from disk or a file: migrated, validated, with the first wrong field named. */
export function parsePlanDocument(raw: unknown, kind = 'Kế hoạch'): Plan {
  const doc = migrateDocument(raw, { kind, current: PLAN_SCHEMA_VERSION, migrations: PLAN_MIGRATIONS });
  const parsed = Plan.safeParse(doc);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new AppError('PLAN_FILE_INVALID', `${kind}: trường "${where}" không hợp lệ — ${message}`, where);
  }
  return parsed.data;
}

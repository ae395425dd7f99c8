import { AppError } from '../api/errors';
import { firstIssue } from '../api/zod-issue';
import { migrateDocument, type Migration } from '../store/migrate';
import { DUTY_LOG_SCHEMA_VERSION, DutyLog } from './schema';

/** `DUTY_LOG_MIGRATIONS[n]` upgrades a log of schema n to n+1. */
export const DUTY_LOG_MIGRATIONS: Record<number, Migration> = {};

const KIND = 'Sổ nhật ký trực';

/** Reads a stored duty log: migrated, validated, with the first wrong field named. */
export function parseDutyLogDocument(raw: unknown): DutyLog {
  const doc = migrateDocument(raw, { kind: KIND, current: DUTY_LOG_SCHEMA_VERSION, migrations: DUTY_LOG_MIGRATIONS });
  const parsed = DutyLog.safeParse(doc);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new AppError('STORE_CORRUPT', `${KIND}: trường "${where}" không hợp lệ — ${message}`, where);
  }
  return parsed.data;
}

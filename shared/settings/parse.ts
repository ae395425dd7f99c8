import { AppError } from '../errors/app-error';
import { firstIssue } from '../errors/first-issue';
import { migrateDocument, type Migration } from '../store/migrate';
import { SETTINGS_SCHEMA_VERSION, Settings } from './schema';

export const SETTINGS_MIGRATIONS: Record<number, Migration> = {};

export function parseSettings(raw: unknown): Settings {
  const doc = migrateDocument(raw, { kind: 'Cài đặt', current: SETTINGS_SCHEMA_VERSION, migrations: SETTINGS_MIGRATIONS });
  const parsed = Settings.safeParse(doc);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new AppError('STORE_CORRUPT', `Cài đặt: trường "${where}" không hợp lệ — ${message}`, where);
  }
  return parsed.data;
}

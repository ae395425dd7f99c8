import { parseDocument, type Migration } from '../store/migrate';
import { DUTY_LOG_SCHEMA_VERSION, DutyLog } from './schema';
import { msg } from '../i18n/message';

/** `DUTY_LOG_MIGRATIONS[n]` upgrades a log of schema n to n+1. */
export const DUTY_LOG_MIGRATIONS: Record<number, Migration> = {};

/** Reads a stored duty log: migrated, validated, with the first wrong field named. */
export const parseDutyLogDocument = (raw: unknown): DutyLog =>
  parseDocument(raw, { kind: msg('store.kind.dutyLog'), current: DUTY_LOG_SCHEMA_VERSION, migrations: DUTY_LOG_MIGRATIONS, schema: DutyLog });

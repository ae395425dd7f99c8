import { parseDocument, type Migration } from '../store/migrate';
import { PLAN_SCHEMA_VERSION, Plan } from './schema';
import { msg, type Message } from '../i18n/message';

/** `PLAN_MIGRATIONS[n]` upgrades a plan of schema n to n+1; add one whenever the schema changes shape. */
export const PLAN_MIGRATIONS: Record<number, Migration> = {};

/** Reads a plan from disk or a file: migrated, validated, with the first wrong field named. */
export const parsePlanDocument = (raw: unknown, kind: Message = msg('store.kind.plan')): Plan =>
  parseDocument(raw, { kind, current: PLAN_SCHEMA_VERSION, migrations: PLAN_MIGRATIONS, schema: Plan, code: 'PLAN_FILE_INVALID' });

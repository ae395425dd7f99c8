import { parseDocument, type Migration } from '../store/migrate';
import { READINESS_SCHEMA_VERSION, ReadinessDocument } from './schema';
import { msg } from '../i18n/message';

/** `READINESS_MIGRATIONS[n]` upgrades a checklist of schema n to n+1. */
export const READINESS_MIGRATIONS: Record<number, Migration> = {};

/** Reads a stored readiness checklist: migrated, validated, with the first wrong field named; a newer one is refused. */
export const parseReadinessDocument = (raw: unknown): ReadinessDocument =>
  parseDocument(raw, { kind: msg('store.kind.readiness'), current: READINESS_SCHEMA_VERSION, migrations: READINESS_MIGRATIONS, schema: ReadinessDocument });

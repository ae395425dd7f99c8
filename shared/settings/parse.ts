import { parseDocument, type Migration } from '../store/migrate';
import { SETTINGS_SCHEMA_VERSION, Settings } from './schema';

export const SETTINGS_MIGRATIONS: Record<number, Migration> = {};

export const parseSettings = (raw: unknown): Settings => parseDocument(raw, { kind: 'Cài đặt', current: SETTINGS_SCHEMA_VERSION, migrations: SETTINGS_MIGRATIONS, schema: Settings });

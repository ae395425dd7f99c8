import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-code';
import { firstIssue, placeOf, ROOT } from '../errors/first-issue';
import { say } from '../i18n';
import { msg, type Message } from '../i18n/message';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Brings a stored document up to the current schema version, one step at a time.
 * `migrations[n]` turns version n into n+1. A document from a newer app is refused rather than
 * guessed at, so an older app never overwrites data it does not understand.
 */
export function migrateDocument(raw: unknown, options: { kind: Message; current: number; migrations: Record<number, Migration> }): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('PLAN_FILE_INVALID', msg('store.error.notObject', { kind: options.kind }), ROOT);
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('PLAN_FILE_INVALID', msg('store.error.schemaVersion', { kind: options.kind }), 'schemaVersion');
  }
  if (version > options.current) {
    throw new AppError('STORE_TOO_NEW', msg('store.error.tooNew', { kind: options.kind, version, current: options.current }), 'schemaVersion');
  }
  for (let v = version; v < options.current; v++) {
    const step = options.migrations[v];
    if (!step) throw new Error(`No migration from ${say('vi', options.kind)} schema ${v} to ${v + 1}`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return doc;
}

/**
 * Reads a stored document of one kind: migrated up to `current` (a newer one is refused as too
 * new, never reset), then validated, with the first wrong field named.
 */
export function parseDocument<S extends z.ZodType>(raw: unknown, options: { kind: Message; current: number; schema: S; migrations?: Record<number, Migration>; code?: ErrorCode }): z.output<S> {
  const doc = migrateDocument(raw, { kind: options.kind, current: options.current, migrations: options.migrations ?? {} });
  const parsed = options.schema.safeParse(doc);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new AppError(options.code ?? 'STORE_CORRUPT', msg('store.error.field', { kind: options.kind, where: placeOf(where), problem: message }), where);
  }
  return parsed.data;
}

import { AppError } from '../errors/app-error';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Brings a stored document up to the current schema version, one step at a time.
 * `migrations[n]` turns version n into n+1. A document from a newer app is refused rather than
 * guessed at, so an older app never overwrites data it does not understand.
 */
export function migrateDocument(raw: unknown, options: { kind: string; current: number; migrations: Record<number, Migration> }): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('PLAN_FILE_INVALID', `${options.kind}: nội dung không phải một đối tượng JSON`, '(gốc)');
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('PLAN_FILE_INVALID', `${options.kind}: thiếu hoặc sai schemaVersion`, 'schemaVersion');
  }
  if (version > options.current) {
    throw new AppError('STORE_TOO_NEW', `${options.kind} được tạo bởi phiên bản Lịch Trực mới hơn (lược đồ ${version}, bản này hiểu tới ${options.current}). Hãy cập nhật ứng dụng.`, 'schemaVersion');
  }
  for (let v = version; v < options.current; v++) {
    const step = options.migrations[v];
    if (!step) throw new Error(`No migration from ${options.kind} schema ${v} to ${v + 1}`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return doc;
}

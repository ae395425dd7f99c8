import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors/app-error';
import { migrateDocument, type Migration } from '../../shared/store/migrate';
import { msg } from '../../shared/i18n/message';

/** Each step records itself, so the order they ran in is visible in the result. */
const step =
  (label: string): Migration =>
  (doc) => ({ ...doc, steps: [...((doc.steps as string[] | undefined) ?? []), label] });

const options = { kind: msg('store.kind.plan'), current: 3, migrations: { 1: step('1→2'), 2: step('2→3') } };

function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  return expect.unreachable('expected an error');
}

describe('migrateDocument', () => {
  it('applies each step in order from the stored version, stamping the new version', () => {
    expect(migrateDocument({ schemaVersion: 1, name: 'A' }, options)).toEqual({ schemaVersion: 3, name: 'A', steps: ['1→2', '2→3'] });
    expect(migrateDocument({ schemaVersion: 2, name: 'A' }, options)).toEqual({ schemaVersion: 3, name: 'A', steps: ['2→3'] });
  });

  it('returns a current document as it is', () => {
    expect(migrateDocument({ schemaVersion: 3, name: 'A' }, options)).toEqual({ schemaVersion: 3, name: 'A' });
  });

  it('does not change the document it was given', () => {
    const stored = { schemaVersion: 1, name: 'A' };
    migrateDocument(stored, options);
    expect(stored).toEqual({ schemaVersion: 1, name: 'A' });
  });

  it('refuses a document from a newer version, asking to update the app', () => {
    const error = thrown(() => migrateDocument({ schemaVersion: 4 }, options));
    expect(error).toMatchObject({ code: 'STORE_TOO_NEW', where: 'schemaVersion' });
    expect(error.message).toMatch(/lược đồ 4, bản này hiểu tới 3.*cập nhật ứng dụng/);
  });

  it.each([
    ['missing', {}],
    ['text', { schemaVersion: '1' }],
    ['zero', { schemaVersion: 0 }],
    ['a fraction', { schemaVersion: 1.5 }],
  ])('names schemaVersion when it is %s', (_label, doc) => {
    const error = thrown(() => migrateDocument(doc, options));
    expect(error).toMatchObject({ code: 'PLAN_FILE_INVALID', where: 'schemaVersion' });
    expect(error.message).toBe('Kế hoạch: thiếu hoặc sai schemaVersion');
  });

  it.each([null, [], 'text', 42])('refuses %j as not a JSON object', (raw) => {
    expect(thrown(() => migrateDocument(raw, options))).toMatchObject({ code: 'PLAN_FILE_INVALID', where: '(gốc)' });
  });

  it('fails loudly when a step is missing, rather than skipping a version', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, { ...options, migrations: { 2: step('2→3') } })).toThrow('No migration from Kế hoạch schema 1 to 2');
  });
});

import { z } from 'zod';

type OptionalWithoutDefaults<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : S[K]>;
};

const withoutDefault = (field: z.ZodType): z.ZodType => (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field);

/**
 * The input of an update channel: every field optional and none defaulted. zod 4 fills a defaulted
 * field even when it is optional and absent, so `.partial()` would turn `{ language }` into a change
 * that also resets every other defaulted field. With `deep`, nested objects are partial the same
 * way and merged field by field (for documents where an absent nested field never means "clear").
 */
export function changesOf<S extends z.ZodRawShape>(shape: S, options: { deep?: boolean } = {}) {
  const field = (schema: z.ZodType): z.ZodType => {
    const inner = withoutDefault(schema);
    return options.deep && inner instanceof z.ZodObject ? changesOf(inner.shape as z.ZodRawShape, options) : inner;
  };
  const fields = Object.entries(shape).map(([key, schema]) => [key, z.optional(field(schema as z.ZodType))]);
  return z.object(Object.fromEntries(fields) as OptionalWithoutDefaults<S>);
}

/** The static type of a `deep` changes schema: partial inside nested objects too; lists are replaced whole. */
export type DeepChanges<T> = { [K in keyof T]?: NonNullable<T[K]> extends readonly unknown[] ? T[K] : NonNullable<T[K]> extends object ? DeepChanges<NonNullable<T[K]>> : T[K] };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Applies changes to a document: fields not sent are kept; with `deep`, inside nested objects too. */
export function applyChanges<T extends Record<string, unknown>>(current: T, changes: Record<string, unknown>, options: { deep?: boolean } = {}): T {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const before = next[key];
    next[key] = options.deep && isPlainObject(value) && isPlainObject(before) ? applyChanges(before, value, options) : value;
  }
  return next as T;
}

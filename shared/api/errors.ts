import { z } from 'zod';
import type { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';

/** A failure as it crosses the boundary: never an exception, always this value. */
export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Where the problem is, e.g. `window.end` or `dòng 12`, when there is one. */
  where: z.string().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export function errorShape(error: AppError): ApiErrorShape {
  return error.where === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, where: error.where };
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };

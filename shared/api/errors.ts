import { z } from 'zod';
import type { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';
import { MessageSchema } from '../i18n/message';

/** A failure as it crosses the boundary: never an exception, always this value. */
export const ApiErrorShape = z.object({
  code: ErrorCode,
  /** What to tell the user, said where it is shown (the renderer's language, the CLI's). */
  message: MessageSchema,
  /** Where the problem is, e.g. `window.end` or `dòng 12`, when there is one. */
  where: z.string().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export function errorShape(error: AppError): ApiErrorShape {
  return error.where === undefined ? { code: error.code, message: error.reason } : { code: error.code, message: error.reason, where: error.where };
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };

import { z } from 'zod';

/** Every failure the UI can be told about. The Vietnamese text lives in shared/i18n. */
export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_CORRUPT',
  'STORE_TOO_NEW',
  'PLAN_FILE_INVALID',
  'FILE_UNREADABLE',
  'FILE_UNWRITABLE',
  'IMPORT_INVALID',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'BUSY',
  'EXPORT_FAILED',
  'SECRETS_UNAVAILABLE',
  'MAIL_FAILED',
  /** Browser mode: the local server is not reachable, or the page's session ended with it. */
  'DISCONNECTED',
  'CALDAV_FAILED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Where the problem is, e.g. `window.end` or `dòng 12`, when there is one. */
  where: z.string().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** Thrown by services; turned into an ApiErrorShape at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly where?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): ApiErrorShape {
    return this.where === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, where: this.where };
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorShape };

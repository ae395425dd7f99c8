import { z } from 'zod';

/** Every kind of failure a user can be told about; the wording lives in shared/i18n. */
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

import { AppError } from '../errors/app-error';
import { msg, type Message } from '../i18n/message';
import { ApiError } from './client';

/**
 * What to tell the user about a failure, as a message to say in their language: the handler table's
 * answer, an AppError thrown on this side, or (a bug) any other error, shown as it is.
 */
export function errorMessage(error: unknown): Message {
  if (error instanceof ApiError) return error.shape.message;
  if (error instanceof AppError) return error.reason;
  return msg('error.untranslated', { text: error instanceof Error ? error.message : String(error) });
}

import { ZodError } from 'zod';
import { AppError } from '../errors/app-error';
import { firstIssue } from '../errors/first-issue';
import { msg, type Message } from '../i18n/message';
import { ApiError } from './client';

/**
 * What to tell the user about a failure, as a message to say in their language: the handler table's
 * answer, an AppError thrown on this side, a validation that failed here, or (a bug) any other error,
 * shown in its own words as the one case no catalog can word.
 */
export function errorMessage(error: unknown): Message {
  if (error instanceof ApiError) return error.shape.message;
  if (error instanceof AppError) return error.reason;
  if (error instanceof ZodError) return firstIssue(error).message;
  return msg('error.untranslated', { text: error instanceof Error ? error.message : String(error) });
}

import { AppError } from '../errors/app-error';
import type { Message } from '../i18n/message';

/**
 * Impossible calendar input (a day that does not exist, a year outside 1900–2100): a refusal the user
 * can act on, its reason a `calendar.error.*` message said where it is shown (the CLI, the UI).
 */
export function calendarError(reason: Message): AppError {
  return new AppError('INVALID_INPUT', reason);
}

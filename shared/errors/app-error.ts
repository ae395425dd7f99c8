import { say } from '../i18n';
import type { Message } from '../i18n/message';
import type { ErrorCode } from './error-code';

/**
 * A failure the user can act on, thrown by the domain and the services alike. It carries its words as a
 * message ({code, params}) that the renderer and the CLI say in their language; `Error.message` is the
 * Vietnamese text, for logs. The transport (shared/api) turns it into an error value at the boundary;
 * nothing here knows about IPC.
 */
export class AppError extends Error {
  readonly reason: Message;

  constructor(
    readonly code: ErrorCode,
    reason: Message,
    /** Where the problem is, e.g. `window.end`, when there is one. */
    readonly where?: string,
  ) {
    super(say('vi', reason));
    this.reason = reason;
    this.name = 'AppError';
  }
}

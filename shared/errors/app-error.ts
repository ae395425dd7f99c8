import type { ErrorCode } from './error-code';

/**
 * A failure the user can act on, thrown by the domain and the services alike. The transport
 * (shared/api) turns it into an error value at the boundary; nothing here knows about IPC.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where the problem is, e.g. `window.end`, when there is one. */
    readonly where?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

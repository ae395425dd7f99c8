import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../services/adapters';

/** How long a printed link stays good: long enough to copy it, short enough not to linger in a terminal. */
export const CODE_TTL_MS = 15 * 60_000;

const token = () => randomBytes(32).toString('base64url');

/** Compares in constant time, so a page cannot guess a secret byte by byte from timings. */
export function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may use one browser-mode server. The URL it prints or opens carries a one-time code in its
 * fragment (never sent to a server, never in a log); the page trades it for this launch's secret,
 * which it then sends as a header on every request. A command line or a browser history that leaks
 * the link leaks only a code that was already used or expired.
 */
export class LaunchSessions {
  /** Sent by the page on every API request and on the event stream. */
  readonly secret = token();
  /** Lets a second `npm start` (which can read the 0600 discovery file) ask for a fresh code. */
  readonly control = token();
  readonly #codes = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  issueCode(): string {
    const code = token();
    this.#codes.set(code, this.clock.now().getTime() + CODE_TTL_MS);
    return code;
  }

  /** The secret for a code not used before and not expired; each code works once. */
  redeem(code: unknown): string | null {
    if (typeof code !== 'string') return null;
    const expires = this.#codes.get(code);
    this.#codes.delete(code);
    return expires !== undefined && expires > this.clock.now().getTime() ? this.secret : null;
  }

  authorised(given: string | undefined): boolean {
    return sameToken(given, this.secret);
  }
}

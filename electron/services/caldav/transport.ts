import type { TLSSocket } from 'node:tls';
import { rootCertificates } from 'node:tls';
import type { Agent, buildConnector } from 'undici';
import type { CaldavTrust } from '../../../shared/caldav/settings';
import { mayCarryCredential } from '../../../shared/net/credential-rule';
import { say } from '../../../shared/i18n';
import { msg, type Message } from '../../../shared/i18n/message';
import { reasonOfCode } from '../network-reason';

/** Why a request never got an HTTP answer, as a message to say in the user's language; `retry` when trying again may help. */
export class CaldavNetworkError extends Error {
  constructor(
    readonly reason: Message,
    readonly retry: boolean,
  ) {
    super(say('vi', reason));
    this.name = 'CaldavNetworkError';
  }
}

/** undici wraps the socket's error in `cause` (sometimes twice). */
function networkError(error: unknown): CaldavNetworkError {
  let e = error as { code?: string; cause?: unknown; name?: string; message?: string } | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    const known = reasonOfCode(e.code);
    if (known) return new CaldavNetworkError(known.reason, known.retry);
    if (e.name === 'TimeoutError') return new CaldavNetworkError(msg('net.slow'), true);
    if (!e.cause) return new CaldavNetworkError(msg('net.other', { detail: e.message ?? String(error) }), true);
  }
  return new CaldavNetworkError(msg('net.other', { detail: String(error) }), true);
}

const normalPin = (fingerprint: string) => fingerprint.replace(/:/g, '').toUpperCase();

/** undici's dispatcher: the system's CAs plus an imported one, or the pinned certificate only. */
function dispatcherFor(undici: typeof import('undici'), trust: CaldavTrust): Agent {
  const base = undici.buildConnector({
    timeout: 10_000,
    // A pinned certificate is usually self-signed: the chain is not checked, the fingerprint is, below.
    rejectUnauthorized: trust.mode !== 'pin',
    ...(trust.mode === 'ca' ? { ca: [...rootCertificates, trust.caPem] } : {}),
  });
  const connect: buildConnector.connector = (options, callback) =>
    base(options, (error, socket) => {
      if (error || !socket || trust.mode !== 'pin' || options.protocol !== 'https:') return error ? callback(error, null) : callback(null, socket!);
      const seen = (socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '';
      if (normalPin(seen) === normalPin(trust.fingerprint)) return callback(null, socket);
      socket.destroy();
      callback(Object.assign(new Error(`certificate fingerprint ${seen}`), { code: 'CALDAV_PIN_MISMATCH' }), null);
    });
  return new undici.Agent({ connect, headersTimeout: 30_000, bodyTimeout: 30_000 });
}

export type Fetch = typeof globalThis.fetch;

/**
 * The only way CalDAV requests leave the app: to the configured server's origin and no other (a
 * redirect elsewhere is refused, so the password never follows it), over TLS checked as the unit
 * chose, or in clear only to this computer. Failures without an HTTP answer become CaldavNetworkError.
 */
export async function caldavFetch(serverUrl: URL, trust: CaldavTrust): Promise<{ fetch: Fetch; close(): Promise<void> }> {
  // Loaded when a publish starts: it costs a second at start-up of every CLI command otherwise.
  const undici = await import('undici');
  const dispatcher = dispatcherFor(undici, trust);
  const allowed = (url: URL) => {
    if (url.origin !== serverUrl.origin) throw new CaldavNetworkError(msg('net.redirectElsewhere', { origin: url.origin }), false);
    if (!mayCarryCredential({ host: url.hostname, tls: url.protocol === 'https:' })) {
      throw new CaldavNetworkError(msg('net.needsTls'), false);
    }
  };
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    // Redirects are followed here, one origin only; tsdav asks for 'manual' where it reads them itself.
    for (let hop = 0; ; hop++) {
      allowed(url);
      let response: Response;
      try {
        response = (await undici.fetch(url, {
          ...(init as object),
          redirect: 'manual',
          dispatcher,
          signal: init.signal ?? AbortSignal.timeout(60_000),
        } as Parameters<typeof undici.fetch>[1])) as unknown as Response;
      } catch (error) {
        throw networkError(error);
      }
      const location = response.headers.get('location');
      if (init.redirect === 'manual' || response.status < 300 || response.status >= 400 || !location || hop >= 5) return response;
      await response.body?.cancel();
      url = new URL(location, url);
    }
  }) as Fetch;
  return { fetch, close: () => dispatcher.close() };
}

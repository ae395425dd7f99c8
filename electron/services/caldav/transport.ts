import type { TLSSocket } from 'node:tls';
import { rootCertificates } from 'node:tls';
import type { Agent, buildConnector } from 'undici';
import type { CaldavTrust } from '../../../shared/caldav/settings';
import { mayCarryCredential } from '../../../shared/net/credential-rule';

/** Why a request never got an HTTP answer, in the user's words; `retry` when trying again may help. */
export class CaldavNetworkError extends Error {
  constructor(
    readonly reason: string,
    readonly retry: boolean,
  ) {
    super(reason);
    this.name = 'CaldavNetworkError';
  }
}

const CERT_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'chứng chỉ tự ký, không được tin cậy (hãy nhập chứng chỉ CA của đơn vị hoặc ghim dấu vân tay)',
  SELF_SIGNED_CERT_IN_CHAIN: 'chứng chỉ do một CA không được tin cậy cấp (hãy nhập chứng chỉ CA của đơn vị)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'không xác minh được chứng chỉ của máy chủ (hãy nhập chứng chỉ CA của đơn vị)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'không xác minh được chứng chỉ của máy chủ (hãy nhập chứng chỉ CA của đơn vị)',
  CERT_HAS_EXPIRED: 'chứng chỉ của máy chủ đã hết hạn',
  CERT_NOT_YET_VALID: 'chứng chỉ của máy chủ chưa đến ngày hiệu lực',
  ERR_TLS_CERT_ALTNAME_INVALID: 'chứng chỉ không mang tên máy chủ này',
  CALDAV_PIN_MISMATCH: 'chứng chỉ của máy chủ không khớp dấu vân tay đã ghim',
};
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'máy chủ từ chối kết nối (không chạy hoặc sai cổng)',
  ECONNRESET: 'kết nối bị ngắt giữa chừng',
  EPIPE: 'kết nối bị ngắt giữa chừng',
  ENOTFOUND: 'không tìm thấy tên máy chủ',
  EAI_AGAIN: 'không phân giải được tên máy chủ',
  ETIMEDOUT: 'hết thời gian chờ kết nối',
  EHOSTUNREACH: 'không tới được máy chủ',
  ENETUNREACH: 'không có đường mạng tới máy chủ',
  UND_ERR_CONNECT_TIMEOUT: 'hết thời gian chờ kết nối',
  UND_ERR_HEADERS_TIMEOUT: 'máy chủ không trả lời kịp',
  UND_ERR_BODY_TIMEOUT: 'máy chủ không trả lời kịp',
  UND_ERR_SOCKET: 'kết nối bị ngắt giữa chừng',
  UND_ERR_CLOSED: 'kết nối bị ngắt giữa chừng',
};

/** undici wraps the socket's error in `cause` (sometimes twice). */
function networkError(error: unknown): CaldavNetworkError {
  let e = error as { code?: string; cause?: unknown; name?: string; message?: string } | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    const code = e.code ?? '';
    if (CERT_REASONS[code]) return new CaldavNetworkError(`TLS: ${CERT_REASONS[code]}`, false);
    if (NETWORK_REASONS[code]) return new CaldavNetworkError(NETWORK_REASONS[code]!, true);
    if (e.name === 'TimeoutError') return new CaldavNetworkError('máy chủ không trả lời kịp', true);
    if (!e.cause) return new CaldavNetworkError(e.message ?? String(error), true);
  }
  return new CaldavNetworkError(String(error), true);
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
    if (url.origin !== serverUrl.origin) throw new CaldavNetworkError(`máy chủ chuyển hướng sang địa chỉ khác (${url.origin}); không gửi mật khẩu tới đó`, false);
    if (!mayCarryCredential({ host: url.hostname, tls: url.protocol === 'https:' })) {
      throw new CaldavNetworkError('địa chỉ không dùng https: mật khẩu chỉ được gửi qua kết nối mã hoá (trừ tới chính máy này)', false);
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

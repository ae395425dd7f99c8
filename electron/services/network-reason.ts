import type { MessageKey } from '../../shared/i18n/catalog';
import { msg, type Message } from '../../shared/i18n/message';

/** A certificate the system refused: trying again will not help, the unit's trust setting will. */
const TLS_REASONS: Record<string, MessageKey> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'net.tls.selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'net.tls.untrustedCa',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'net.tls.unverified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'net.tls.unverified',
  CERT_HAS_EXPIRED: 'net.tls.expired',
  CERT_NOT_YET_VALID: 'net.tls.notYetValid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'net.tls.wrongName',
  CALDAV_PIN_MISMATCH: 'net.tls.pinMismatch',
};

/** The system's and undici's codes for a connection that failed or broke: a later try may get through. */
const NETWORK_REASONS: Record<string, MessageKey> = {
  ECONNREFUSED: 'net.refused',
  ECONNRESET: 'net.cut',
  EPIPE: 'net.cut',
  ENOTFOUND: 'net.noHost',
  EAI_AGAIN: 'net.dns',
  ETIMEDOUT: 'net.connectTimeout',
  EHOSTUNREACH: 'net.hostUnreachable',
  ENETUNREACH: 'net.noRoute',
  UND_ERR_CONNECT_TIMEOUT: 'net.connectTimeout',
  UND_ERR_HEADERS_TIMEOUT: 'net.slow',
  UND_ERR_BODY_TIMEOUT: 'net.slow',
  UND_ERR_SOCKET: 'net.cut',
  UND_ERR_CLOSED: 'net.cut',
};

export interface NetworkReason {
  reason: Message;
  /** Trying again may help (the network), or not (the certificate). */
  retry: boolean;
}

/** What an error code of a connection means to the user, or null when it is not one we know. */
export function reasonOfCode(code: string | undefined): NetworkReason | null {
  const tls = code && TLS_REASONS[code];
  if (tls) return { reason: msg(tls), retry: false };
  const network = code && NETWORK_REASONS[code];
  return network ? { reason: msg(network), retry: true } : null;
}

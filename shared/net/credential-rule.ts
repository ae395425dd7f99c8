/**
 * The one rule for every password the app sends (SMTP, CalDAV): never without TLS, except to this
 * computer itself, where nothing crosses a network.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export const mayCarryCredential = (server: { host: string; tls: boolean }) => server.tls || isLoopbackHost(server.host);

/** A stored password belongs to the server it was typed for: another host forgets it. */
export const sameCredentialHost = (before: string, after: string) => before.trim().toLowerCase() === after.trim().toLowerCase();

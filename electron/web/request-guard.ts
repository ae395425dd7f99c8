import type { IncomingHttpHeaders } from 'node:http';

/** The names a page may reach browser mode by; anything else in `Host` is a rebound DNS name. */
export const loopbackHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];

/**
 * Why a request must be refused before anything else looks at it, or null when it may go on.
 * Every request, static files included: a website can send requests to 127.0.0.1 (and, through DNS
 * rebinding, under a name of its own), but only our own page sends our Host with our Origin.
 */
export function refusal(headers: IncomingHttpHeaders, port: number): string | null {
  const host = headers.host ?? '';
  if (!loopbackHosts(port).includes(host)) return `foreign Host "${host}"`;
  // Browsers send Origin on every POST and on cross-origin requests; when present it must be ours.
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return `foreign Origin "${origin}"`;
  // none: the user typed or opened the URL; same-origin: our page. same-site is another port of this computer.
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site ${site}`;
  return null;
}

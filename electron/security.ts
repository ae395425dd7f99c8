import nodePath, { type PlatformPath } from 'node:path';

/**
 * Pure URL rules for the window, kept free of Electron so they are unit-tested directly.
 */
export const APP_ORIGIN = 'app://lich-truc';

/** Hosts the app may open in the user's browser (documentation of the law, the CERT). */
export const EXTERNAL_ALLOWLIST = new Set(['vncert.vn', 'www.vncert.vn', 'thuvienphapluat.vn', 'chinhphu.vn']);

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'app:' && url.host === 'lich-truc';
  } catch {
    return false;
  }
}

/** What a mailto: link may carry: who and what to write. `attach`, `bcc` and the like would let a page send files or copies unseen. */
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc']);

/**
 * The URL to hand to the user's programs, or null when it may not leave the app: mailto: (with only
 * subject, body and cc) and tel: for contacting staff, https only to allow-listed hosts. What is
 * opened is the parsed URL written out again, never the page's raw string, so what was checked is
 * exactly what the mail program or browser receives.
 */
export function externalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return [...url.searchParams.keys()].every((key) => MAILTO_FIELDS.has(key.toLowerCase())) ? url.href : null;
  if (url.protocol === 'tel:') return url.href;
  return url.protocol === 'https:' && url.username === '' && url.password === '' && EXTERNAL_ALLOWLIST.has(url.hostname) ? url.href : null;
}

/**
 * Whether a page may use a browser permission (asked for, or checked before use): only the app's own
 * page, and only to show notifications. Everything else — camera, microphone, geolocation, clipboard
 * reading, HID, serial, USB — is denied, whoever asks.
 */
export function permissionAllowed(permission: string, origin: string): boolean {
  return permission === 'notifications' && isAppUrl(origin.endsWith('/') ? origin : `${origin}/`);
}

/**
 * Maps a URL path to a file inside the built renderer, refusing anything that escapes it: the rule
 * for Electron's app:// and for browser mode's static files alike. `path` is injectable so the
 * Windows rules are tested on any machine.
 */
export function resolveInside(pathname: string, root: string, path: Pick<PlatformPath, 'join' | 'normalize' | 'sep'> = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.normalize(root);
  const full = path.normalize(path.join(base, relative));
  // With the separator, so `renderer-private` next to `renderer` is not taken for inside it.
  return full.startsWith(base.endsWith(path.sep) ? base : base + path.sep) ? full : null;
}

/** Maps an app:// request to a file inside the built renderer (see resolveInside). */
export function resolveAppPath(raw: string, root: string, path: Pick<PlatformPath, 'join' | 'normalize' | 'sep'> = nodePath): string | null {
  if (!isAppUrl(raw)) return null;
  return resolveInside(new URL(raw).pathname, root, path);
}

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

/** mailto: and tel: always (contacting staff); https only to allow-listed hosts. */
export function isAllowedExternal(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return true;
  return url.protocol === 'https:' && url.username === '' && url.password === '' && EXTERNAL_ALLOWLIST.has(url.hostname);
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

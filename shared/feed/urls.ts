import { AppError } from '../errors/app-error';
import { msg } from '../i18n/message';

/**
 * The address the feed folder is served at, as the app writes URLs from it: http(s), no user or
 * password in it, no query or fragment, ending with "/" so a file name is appended under it.
 */
export function feedBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new AppError('INVALID_INPUT', msg('feed.error.badUrl', { text }), 'baseUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('INVALID_INPUT', msg('feed.error.notHttp'), 'baseUrl');
  if (url.username || url.password) throw new AppError('INVALID_INPUT', msg('feed.error.credentialInUrl'), 'baseUrl');
  if (url.search || url.hash) throw new AppError('INVALID_INPUT', msg('feed.error.queryInUrl'), 'baseUrl');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export interface SubscriptionUrls {
  /** The file's address, for "add calendar from URL" (Google Calendar, Outlook) and for a browser. */
  url: string;
  /** The same address as webcal://, which a phone's calendar opens as a subscription. */
  webcal: string;
}

/** A feed file's addresses under the folder's base URL. */
export function subscriptionUrls(baseUrl: string, fileName: string): SubscriptionUrls {
  const url = new URL(encodeURIComponent(fileName), feedBaseUrl(baseUrl));
  return { url: url.href, webcal: url.href.replace(/^https?:/, 'webcal:') };
}

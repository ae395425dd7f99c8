import { createAccount, DAVNamespaceShort, deleteObject, makeCalendar, propfind, updateObject, type DAVResponse } from 'tsdav';
import type { CaldavTrust } from '../../../shared/caldav/settings';
import { say } from '../../../shared/i18n';
import { msg, type Message } from '../../../shared/i18n/message';
import { caldavFetch, CaldavNetworkError, type Fetch } from './transport';

/** The server answered, but not with success; `reason` carries its status line and, briefly, its own words. */
export class CaldavHttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: Message,
  ) {
    super(say('vi', reason));
    this.name = 'CaldavHttpError';
  }
}

/** The server refused the user or password (401). */
export class CaldavAuthError extends Error {
  constructor() {
    super('401');
    this.name = 'CaldavAuthError';
  }
}

export interface ServerAccount {
  url: string;
  user: string;
  password: string;
  trust: CaldavTrust;
}

export interface RemoteCalendar {
  url: string;
  displayName: string;
}

/** `If-None-Match: *` to create only, or `If-Match` with the ETag last seen to update only that. */
export type PutCondition = { create: true } | { etag: string };

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

const statusLine = (status: number, statusText: string) => `${status} ${statusText}`.trim();

async function reasonOf(response: Response): Promise<Message> {
  const said = (await response.text().catch(() => ''))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const status = statusLine(response.status, response.statusText);
  return said ? msg('net.httpSaid', { status, said: said.slice(0, 200) }) : msg('net.http', { status });
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'object' && value && '_cdata' in value ? String((value as { _cdata: unknown })._cdata) : '');

/**
 * One account on a CalDAV server, through tsdav: discovery (RFC 6764 `/.well-known/caldav`, then
 * `current-user-principal` and `calendar-home-set`), the calendars under the home, MKCALENDAR, and
 * conditional PUT/DELETE of single calendar object resources.
 */
export class CaldavServer {
  private constructor(
    private readonly fetch: Fetch,
    private readonly headers: Record<string, string>,
    readonly homeUrl: string,
    private readonly closeTransport: () => Promise<void>,
  ) {}

  static async connect(account: ServerAccount): Promise<CaldavServer> {
    const serverUrl = new URL(account.url);
    const transport = await caldavFetch(serverUrl, account.trust);
    // A 401 anywhere means the password is wrong: stop there rather than let discovery try other paths.
    const fetch = (async (input: Parameters<Fetch>[0], init?: RequestInit) => {
      const response = await transport.fetch(input, init);
      if (response.status === 401) throw new CaldavAuthError();
      return response;
    }) as Fetch;
    const headers = { Authorization: basic(account.user, account.password) };
    try {
      const found = await createAccount({ account: { serverUrl: serverUrl.href, accountType: 'caldav' }, headers, fetch });
      if (!found.homeUrl) throw new Error('cannot find homeUrl');
      return new CaldavServer(fetch, headers, withSlash(found.homeUrl), transport.close);
    } catch (error) {
      await transport.close();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.closeTransport();
  }

  async calendars(): Promise<RemoteCalendar[]> {
    const responses = await propfind({
      url: this.homeUrl,
      props: { [`${DAVNamespaceShort.DAV}:displayname`]: {}, [`${DAVNamespaceShort.DAV}:resourcetype`]: {} },
      depth: '1',
      headers: this.headers,
      fetch: this.fetch,
    });
    failed(responses);
    return responses
      .filter((r) => r.ok && r.href && Object.keys(r.props?.resourcetype ?? {}).includes('calendar'))
      .map((r) => ({ url: withSlash(new URL(r.href!, this.homeUrl).href), displayName: textOf(r.props?.displayname) }));
  }

  async makeCalendar(slug: string, displayName: string): Promise<string> {
    const url = new URL(`${encodeURIComponent(slug)}/`, this.homeUrl).href;
    const [answer] = await makeCalendar({
      url,
      props: {
        [`${DAVNamespaceShort.DAV}:displayname`]: displayName,
        [`${DAVNamespaceShort.CALDAV}:supported-calendar-component-set`]: { [`${DAVNamespaceShort.CALDAV}:comp`]: { _attributes: { name: 'VEVENT' } } },
      },
      headers: this.headers,
      fetch: this.fetch,
    });
    if (answer && !answer.ok) throw new CaldavHttpError(answer.status, msg('net.http', { status: `MKCALENDAR ${statusLine(answer.status, answer.statusText)}` }));
    return url;
  }

  /** PUT one resource; resolves with its new ETag (asked for when the server did not say it). */
  async put(url: string, ics: string, condition: PutCondition): Promise<string | null> {
    const response = await updateObject({
      url,
      data: ics,
      headers: { ...this.headers, 'content-type': 'text/calendar; charset=utf-8', ...('create' in condition ? { 'If-None-Match': '*' } : { 'If-Match': condition.etag }) },
      fetch: this.fetch,
    });
    if (!response.ok) throw new CaldavHttpError(response.status, await reasonOf(response));
    await response.body?.cancel();
    return response.headers.get('etag') ?? (await this.etag(url));
  }

  /** DELETE one resource only if it is still as last seen; a resource already gone counts as deleted. */
  async remove(url: string, etag: string | null): Promise<void> {
    const response = await deleteObject({ url, etag: etag ?? undefined, headers: this.headers, fetch: this.fetch });
    if (!response.ok && response.status !== 404) throw new CaldavHttpError(response.status, await reasonOf(response));
    await response.body?.cancel();
  }

  /** The resource as the server has it now, or null when there is none. */
  async get(url: string): Promise<{ data: string; etag: string | null } | null> {
    const response = await this.fetch(url, { method: 'GET', headers: this.headers });
    if (response.status === 404) return null;
    if (!response.ok) throw new CaldavHttpError(response.status, await reasonOf(response));
    return { data: await response.text(), etag: response.headers.get('etag') };
  }

  async etag(url: string): Promise<string | null> {
    const [answer] = await propfind({ url, props: { [`${DAVNamespaceShort.DAV}:getetag`]: {} }, depth: '0', headers: this.headers, fetch: this.fetch });
    const etag = answer?.props?.getetag;
    return typeof etag === 'string' ? etag : null;
  }
}

/** A PROPFIND that failed as a whole comes back as one response without props. */
function failed(responses: DAVResponse[]): void {
  const [only] = responses;
  if (responses.length === 1 && only && !only.ok && !only.props) throw new CaldavHttpError(only.status, msg('net.http', { status: `PROPFIND ${statusLine(only.status, only.statusText)}` }));
}

export { CaldavNetworkError };

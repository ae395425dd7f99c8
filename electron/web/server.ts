import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { contract, type Channel } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import { CONTROL_HEADER, SESSION_HEADER, WEB_API as API } from '../../shared/api/web';
import { msg } from '../../shared/i18n/message';
import { resolveInside } from '../security';
import type { EventStreams } from './event-stream';
import { bodyLimit } from './limits';
import { refusal } from './request-guard';
import { sameToken, type LaunchSessions } from './sessions';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The app's own CSP, read from the built page's meta, so the server and Electron enforce one policy. */
export function rendererCsp(rendererRoot: string): string {
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(readFileSync(join(rendererRoot, 'index.html'), 'utf8'))?.[1];
  if (!csp) throw new Error(`${rendererRoot}/index.html has no Content-Security-Policy`);
  return csp;
}

export interface Dispatcher {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface BrowserServerOptions {
  /** The same handler table Electron binds to IPC, with its validation. */
  registry: Dispatcher;
  rendererRoot: string;
  sessions: LaunchSessions;
  /** The push channel, also given to the services as their event sink. */
  events: EventStreams;
  /** 0: a free port. */
  port?: number;
}

export interface BrowserServer {
  port: number;
  /** The URL to print or open, with a fresh one-time code in its fragment. */
  launchUrl(): string;
  /** Stops taking requests and waits for the calls under way (their writes) to finish. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, `body over ${limit} bytes`));
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return Promise.reject(new HttpError(415, 'JSON only'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `body over ${limit} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('error', reject);
    request.on('end', () => {
      try {
        resolve(size === 0 ? undefined : JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'malformed JSON'));
      }
    });
  });
}

const inContract = (channel: string): channel is Channel => Object.hasOwn(contract, channel);

/**
 * Browser mode's server: the built renderer and the handler table over HTTP on 127.0.0.1 only.
 * Every request passes the Host/Origin/Sec-Fetch-Site check; API requests also need the launch's
 * secret. No CORS headers are ever sent, so no other origin can read an answer.
 */
export async function startBrowserServer({ registry, rendererRoot, sessions, events, port = 0 }: BrowserServerOptions): Promise<BrowserServer> {
  const csp = rendererCsp(rendererRoot);
  const inFlight = new Set<Promise<unknown>>();
  let bound = 0;

  const common = {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  const send = (response: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, { ...common, 'content-type': type, 'cache-control': 'no-store' }).end(text);
  };

  function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string) {
    const file = resolveInside(pathname, rendererRoot);
    let size = -1;
    try {
      if (file && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      // Not there: 404 below.
    }
    if (!file || size < 0) return send(response, 404, 'Không có / Not found', 'text/plain; charset=utf-8');
    // Hashed assets may be cached; the page itself is always fetched again.
    const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(200, { ...common, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': cache });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, pathname: string) {
    if (pathname === API.session && request.method === 'POST') {
      const body = (await readBody(request, 1024)) as { code?: unknown } | undefined;
      const secret = sessions.redeem(body?.code);
      return secret ? send(response, 200, { secret }) : send(response, 401, { error: 'code used or expired' });
    }
    if (pathname === API.launchCode && request.method === 'POST') {
      const control = request.headers[CONTROL_HEADER];
      if (!sameToken(typeof control === 'string' ? control : undefined, sessions.control)) return send(response, 401, { error: 'no control token' });
      return send(response, 200, { url: launchUrl() });
    }
    const secret = request.headers[SESSION_HEADER];
    if (!sessions.authorised(typeof secret === 'string' ? secret : undefined)) return send(response, 401, { error: 'no session' });
    if (pathname === API.events && request.method === 'GET') return events.attach(response);
    if (pathname.startsWith(API.call) && request.method === 'POST') {
      const channel = decodeURIComponent(pathname.slice(API.call.length));
      if (!inContract(channel)) return send(response, 404, { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: msg('error.unknownChannel', { channel }) } });
      const input = await readBody(request, bodyLimit(channel));
      const call = registry.dispatch(channel, input);
      inFlight.add(call);
      try {
        return send(response, 200, await call);
      } finally {
        inFlight.delete(call);
      }
    }
    return send(response, 405, { error: 'method not allowed' });
  }

  const server: Server = createServer((request, response) => {
    const refused = refusal(request.headers, bound);
    if (refused) return send(response, 403, `Bị từ chối / Forbidden: ${refused}`, 'text/plain; charset=utf-8');
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return send(response, 400, 'Bad request', 'text/plain; charset=utf-8');
    }
    if (pathname.startsWith('/api/')) {
      serveApi(request, response, pathname).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (!response.headersSent) send(response, status, { error: error instanceof HttpError ? error.message : 'internal error' });
        if (!(error instanceof HttpError)) console.error('Browser mode request failed:', error);
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    serveFile(request, response, pathname);
  });
  // No slow-loris holding the one port open forever; the event stream is kept alive by its blank lines.
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  bound = (server.address() as AddressInfo).port;
  const launchUrl = () => `http://127.0.0.1:${bound}/#code=${sessions.issueCode()}`;

  return {
    port: bound,
    launchUrl,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      events.close();
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadedFile } from '../../../shared/api/files';
import { CONTROL_HEADER, SESSION_HEADER } from '../../../shared/api/web';
import { discoveryPath, claimDiscovery, askRunning } from '../../../electron/web/discovery';
import { EventStreams } from '../../../electron/web/event-stream';
import { MAX_CALL_BYTES, takesUpload } from '../../../electron/web/limits';
import { startBrowserServer, type BrowserServer } from '../../../electron/web/server';
import { CODE_TTL_MS, LaunchSessions } from '../../../electron/web/sessions';
import { fakeClock, tempDir, tempServices } from '../../helpers/services';

const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

/** A built renderer of two files, next to a private folder the server must never hand out. */
function renderer(): string {
  const dir = tempDir('lich-truc-web-');
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  mkdirSync(join(dir, 'renderer-private'));
  writeFileSync(join(dir, 'renderer', 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="${CSP}" /></head><body>Lịch Trực</body></html>`);
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'renderer-private', 'secret.txt'), 'do not serve');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  return join(dir, 'renderer');
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, not fetch: only it lets a test send a Host header of its choice. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...options.headers };
    // An empty Host stands for none at all (an HTTP/1.0 client).
    const setHost = headers.host !== '';
    if (!setHost) delete headers.host;
    const req = request({ host: options.host ?? '127.0.0.1', port, path, method: options.method ?? 'GET', headers, setHost }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may close the connection on an oversize body before reading it all.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(options.body);
  });
}

let running: BrowserServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start() {
  const clock = fakeClock('2026-01-15T02:00:00Z');
  const { services, dataDir } = tempServices({ clock });
  const sessions = new LaunchSessions(clock);
  const events = new EventStreams();
  running = await startBrowserServer({ registry: services.registry, rendererRoot: renderer(), sessions, events });
  const server = running;
  const code = () => new URL(server.launchUrl()).hash.slice('#code='.length);
  const secret = sessions.secret;
  const call = (channel: string, input?: unknown, headers: Record<string, string> = {}) =>
    send(server.port, `/api/call/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SESSION_HEADER]: secret, ...headers },
      ...(input === undefined ? {} : { body: JSON.stringify(input) }),
    });
  return { server, port: server.port, clock, sessions, events, secret, code, call, dataDir, services };
}

describe('browser mode server', () => {
  it('binds 127.0.0.1 only: the computer’s other addresses are refused', async () => {
    const { port, call } = await start();
    expect((await call('plans:list')).status).toBe(200);
    const outward = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (outward) await expect(send(port, '/', { host: outward.address })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(send(port, '/', { host: '::1', headers: { host: `localhost:${port}` } })).rejects.toMatchObject({ code: expect.stringMatching(/ECONNREFUSED|EADDRNOTAVAIL/) });
  });

  it('serves the renderer with the app’s CSP and no CORS header, to its own Host only (static files too)', async () => {
    const { port } = await start();
    const page = await send(port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Lịch Trực');
    expect(page.headers['content-security-policy']).toBe(CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(Object.keys(page.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect((await send(port, '/assets/app.js', { headers: { host: `localhost:${port}` } })).status).toBe(200);
    // DNS rebinding: a website's own name resolved to 127.0.0.1.
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `127.0.0.1.evil.example:${port}`, '']) {
      const refused = await send(port, '/assets/app.js', { headers: { host } });
      // No Host at all is refused by Node's parser itself (400), before our check (403).
      expect(refused.status, host).toBe(host === '' ? 400 : 403);
      expect(refused.body).not.toContain('console.log');
    }
  });

  it('answers no API call without this launch’s secret in its header (401)', async () => {
    const { call, port, secret } = await start();
    expect((await call('plans:list', undefined, { [SESSION_HEADER]: '' })).status).toBe(401);
    expect((await call('plans:list', undefined, { [SESSION_HEADER]: 'x'.repeat(43) })).status).toBe(401);
    // Not in a query string nor a cookie either.
    expect((await send(port, `/api/call/plans:list?secret=${secret}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `${SESSION_HEADER}=${secret}` } })).status).toBe(401);
    expect((await send(port, '/api/events')).status).toBe(401);
    const ok = await call('plans:list');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, data: [] });
  });

  it('refuses a foreign Origin and cross-site requests even with the secret (403)', async () => {
    const { call, port } = await start();
    expect((await call('plans:list', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('plans:list', undefined, { origin: `http://localhost:${port}` })).status).toBe(403); // not the Host it was sent to
    expect((await call('plans:list', undefined, { origin: 'null' })).status).toBe(403);
    expect((await call('plans:list', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call('plans:list', undefined, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await call('plans:list', undefined, { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    // A CORS preflight gets no permission.
    const preflight = await send(port, '/api/call/plans:list', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('trades each one-time code once, before it expires, for the launch’s secret', async () => {
    const { port, code, secret, clock } = await start();
    const trade = (c: string) => send(port, '/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: c }) });
    const first = code();
    const answer = await trade(first);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ secret });
    expect((await trade(first)).status).toBe(401);
    expect((await trade('made-up-code-made-up-code')).status).toBe(401);
    const late = code();
    clock.advance(CODE_TTL_MS + 1);
    expect((await trade(late)).status).toBe(401);
  });

  it('never serves a file outside the built renderer', async () => {
    const { port } = await start();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2frenderer-private/secret.txt', '/..%5csecret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/assets']) {
      const reply = await send(port, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('do not serve');
    }
  });

  it('refuses an oversize body (413), a non-JSON body (415), and gives uploads their own larger limit', async () => {
    const { call } = await start();
    const big = JSON.stringify({ id: 'x'.repeat(MAX_CALL_BYTES) });
    expect((await call('plans:get', JSON.parse(big))).status).toBe(413);
    expect(takesUpload('staff:importPreview') && takesUpload('plans:importFile')).toBe(true);
    expect(takesUpload('plans:get')).toBe(false);
    // A file over an ordinary call's limit and within an upload's reaches the service, which answers.
    const upload = await call('staff:importPreview', { file: uploadedFile('nhan-su.bin', new Uint8Array(MAX_CALL_BYTES)) });
    expect(upload.status).toBe(200);
    expect(JSON.parse(upload.body)).toMatchObject({ ok: false, error: { code: expect.not.stringMatching(/^INVALID_INPUT$/) } });
    expect((await call('plans:list', undefined, { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('runs every call through the handler table’s validation', async () => {
    const { call } = await start();
    const reply = JSON.parse((await call('plans:get', { id: 42 })).body);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await call('toString')).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('pushes the contract’s events to a page holding the stream with its secret', async () => {
    const { port, secret, events } = await start();
    const lines: string[] = [];
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, [SESSION_HEADER]: secret } }, (res) => {
        expect(res.statusCode).toBe(200);
        res.on('data', (chunk: Buffer) => {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          if (lines.length) {
            req.destroy();
            resolve();
          }
        });
        events.emit('plans:changed', { id: 'p1' });
      });
      req.end();
    });
    expect(JSON.parse(lines[0]!)).toEqual({ event: 'plans:changed', payload: { id: 'p1' } });
  });

  it('lets a second start find the first through a 0600 file and get a fresh link', async () => {
    const { server, sessions, dataDir, port } = await start();
    const release = claimDiscovery(dataDir, port, sessions.control);
    expect(statSync(discoveryPath(dataDir)).mode & 0o777).toBe(0o600);
    const url = await askRunning(dataDir);
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#code=[A-Za-z0-9_-]{40,}$`));
    expect(url).not.toBe(server.launchUrl());
    expect((await send(port, '/api/launch-code', { method: 'POST', headers: { [CONTROL_HEADER]: 'guess' } })).status).toBe(401);
    release?.();
    expect(await askRunning(dataDir)).toBeNull();
  });
});

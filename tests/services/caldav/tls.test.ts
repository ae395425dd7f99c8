import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caldavFetch } from '../../../electron/services/caldav/transport';
import type { CaldavTrust } from '../../../shared/caldav/settings';
import { CertificatePin } from '../../../shared/caldav/settings';

/**
 * A unit's internal server: an https server whose certificate is signed by the unit's own CA (made
 * here with openssl, so it never expires under the test), which the system does not trust.
 */
let server: Server;
let url: URL;
let caPem: string;
let fingerprint: string;
const seen: string[] = [];

/** The unit's CA and a server certificate it signed for 127.0.0.1, made in a folder that is gone once they are read. */
function unitCertificates(): { caPem: string; cert: string; key: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-tls-'));
  try {
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=CA noi bo don vi');
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
    writeFileSync(join(dir, 'ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
    openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext');
    return { caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'), cert: readFileSync(join(dir, 'server.pem'), 'utf8'), key: readFileSync(join(dir, 'server.key')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  const made = unitCertificates();
  caPem = made.caPem;
  fingerprint = new X509Certificate(made.cert).fingerprint256;
  server = createServer({ key: made.key, cert: made.cert }, (req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    if (req.url === '/away') return void res.writeHead(301, { location: 'https://example.org/steal' }).end();
    res.writeHead(207, { 'content-type': 'text/xml' }).end('<multistatus xmlns="DAV:"/>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function status(trust: CaldavTrust, path = '/', target = url): Promise<number | string> {
  const { fetch, close } = await caldavFetch(target, trust);
  try {
    return (await fetch(new URL(path, target), { method: 'PROPFIND', headers: { authorization: 'Basic secret' } })).status;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await close();
  }
}

describe('CalDAV TLS: no way to ignore the certificate, but a unit CA or a pinned fingerprint', () => {
  it('refuses a certificate the system does not trust, with the way out in the message', async () => {
    expect(await status({ mode: 'system' })).toMatch(/^TLS: .*nhập chứng chỉ CA của đơn vị/);
  });

  it('accepts it once the unit imports its CA', async () => {
    expect(await status({ mode: 'ca', caPem })).toBe(207);
  });

  it('accepts the pinned certificate and nothing else', async () => {
    expect(await status({ mode: 'pin', fingerprint: CertificatePin.parse(fingerprint.toLowerCase().replace(/:/g, '')) })).toBe(207);
    const other = CertificatePin.parse('AB'.repeat(32));
    const before = seen.length;
    expect(await status({ mode: 'pin', fingerprint: other })).toMatch(/không khớp dấu vân tay đã ghim/);
    // Refused before the request (and its password) was sent.
    expect(seen.length).toBe(before);
  });

  it('never follows a redirect to another server, and never sends a password in clear off this computer', async () => {
    const before = seen.length;
    expect(await status({ mode: 'ca', caPem }, '/away')).toMatch(/chuyển hướng sang địa chỉ khác \(https:\/\/example\.org\)/);
    expect(seen.slice(before)).toEqual(['PROPFIND /away Basic secret']);
    expect(await status({ mode: 'system' }, '/', new URL('http://10.0.0.7/'))).toMatch(/không dùng https/);
  });
});

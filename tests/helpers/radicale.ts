import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real Radicale (Debian's, as `python3 -m radicale`) on 127.0.0.1 and a free port, with one
 * htpasswd user and its own storage folder. Start one per test file (beforeAll) and stop it after.
 */
export interface TestRadicale {
  url: string;
  user: string;
  password: string;
  storage: string;
  /** SIGKILL, as a crash or a pulled cable would. */
  kill(): void;
  /** Starts it again on the same port and storage. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const PYTHON = '/usr/bin/python3';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`Radicale exited (${child.exitCode}): ${log()}`);
    try {
      await fetch(new URL('/.well-known/caldav', url), { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Radicale did not answer on ${url}: ${log()}`);
}

export function radicaleAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import radicale'], { stdio: 'ignore' }).status === 0;
}

export async function startRadicale(options: { user?: string; password?: string } = {}): Promise<TestRadicale> {
  // In memory where there is /dev/shm: Radicale fsyncs every item, which only slows the tests.
  const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'lich-truc-radicale-'));
  const user = options.user ?? 'truongphong';
  const password = options.password ?? 'Mật-khẩu-thử-1';
  const storage = join(root, 'collections');
  mkdirSync(storage);
  writeFileSync(join(root, 'users'), `${user}:${password}\n`);
  const port = await freePort();
  const config = join(root, 'config');
  writeFileSync(
    config,
    [
      '[server]',
      `hosts = 127.0.0.1:${port}`,
      '[auth]',
      'type = htpasswd',
      `htpasswd_filename = ${join(root, 'users')}`,
      'htpasswd_encryption = plain',
      'delay = 0',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${storage}`,
      '[web]',
      'type = none',
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    output = '';
    child = spawn(PYTHON, ['-m', 'radicale', '-C', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await waitUntilUp(url, child, () => output);
  };
  const exited = () => new Promise<void>((resolve) => (child && child.exitCode === null && child.signalCode === null ? child.once('exit', () => resolve()) : resolve()));
  await start();
  return {
    url,
    user,
    password,
    storage,
    kill: () => void child?.kill('SIGKILL'),
    start,
    async stop() {
      child?.kill('SIGTERM');
      await exited();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface ReadEvent {
  uid: string;
  sequence: number;
  status: string;
  start: string;
  end: string;
  tzid: string | null;
  summary: string;
  description: string;
  organizer: string;
  alarms: string[];
}
export interface ReadObject {
  href: string;
  etag: string | null;
  method: string | null;
  vtimezones: string[];
  events: ReadEvent[];
}
export interface ReadCalendar {
  url: string;
  name: string;
  objects: ReadObject[];
}

/** The calendars whose URL holds `part`, as python3-caldav + python3-icalendar read them. */
export function readWithPythonCaldav(server: Pick<TestRadicale, 'url' | 'user' | 'password'>, part = '/'): ReadCalendar[] {
  return JSON.parse(pythonClient(server, ['read', server.url, server.user, part])) as ReadCalendar[];
}

/** Someone edits an event with another client, behind the app's back. */
export function editWithPythonCaldav(server: Pick<TestRadicale, 'url' | 'user' | 'password'>, href: string, summary: string): void {
  pythonClient(server, ['edit', server.url, server.user, href, summary]);
}

function pythonClient(server: Pick<TestRadicale, 'password'>, args: string[]): string {
  const run = spawnSync(PYTHON, [join(import.meta.dirname, 'caldav_client.py'), ...args], { encoding: 'utf8', env: { ...process.env, CALDAV_PASSWORD: server.password } });
  if (run.status !== 0) throw new Error(`caldav_client.py ${args[0]} failed: ${run.stderr}`);
  return run.stdout;
}

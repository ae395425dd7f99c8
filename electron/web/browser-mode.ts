import { join } from 'node:path';
import { sayBoth } from '../../shared/i18n';
import { msg, type Message } from '../../shared/i18n/message';
import { randomIds, systemClock, systemTimer } from '../services/adapters';
import { createServices } from '../services/app';
import { defaultDataDir } from '../services/paths';
import { confFactory } from '../services/store/conf-factory';
import { watchDataFolder } from '../services/store/folder-watch';
import { askRunning, claimDiscovery } from './discovery';
import { EventStreams } from './event-stream';
import { openBrowser } from './open-browser';
import { browserSecrets } from './secrets';
import { startBrowserServer } from './server';
import { LaunchSessions } from './sessions';
import { webNotifier } from './web-notifier';

export interface BrowserModeOptions {
  /** The project root: the built renderer is dist/renderer under it. */
  root: string;
  port: number;
  open: boolean;
}

const print = (line: string) => process.stdout.write(`${line}\n`);
const say = (message: Message) => print(sayBoth(message));
const urlLine = (url: string) => print(`Lịch Trực: ${url} (${sayBoth(msg('browser.howTo'))})`);

/**
 * `npm start` without Electron: the whole app in the browser, served on 127.0.0.1 from the same
 * services and handler table as the desktop app, over the same data folder and its locks. One
 * server per data folder: a second start prints (and opens) the first one's link.
 */
export async function runBrowserMode({ root, port, open }: BrowserModeOptions): Promise<void> {
  const dataDir = defaultDataDir();
  const running = await askRunning(dataDir);
  if (running) {
    say(msg('browser.alreadyRunning'));
    urlLine(running);
    if (open) openBrowser(running);
    return;
  }

  const sessions = new LaunchSessions(systemClock);
  const streams = new EventStreams();
  const services = createServices({
    dataDir,
    confFactory,
    clock: systemClock,
    ids: randomIds,
    events: streams,
    timer: systemTimer,
    notifier: webNotifier(streams, print),
    secrets: browserSecrets(),
    mode: 'browser',
  });
  const notices = services.startupCheck();
  if (notices.length) streams.greet({ event: 'store:recovered', payload: notices });

  let server;
  try {
    server = await startBrowserServer({ registry: services.registry, rendererRoot: join(root, 'dist', 'renderer'), sessions, events: streams, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    say(code === 'EADDRINUSE' ? msg('browser.portInUse', { port }) : msg('browser.cannotStart', { detail: String(error) }));
    process.exitCode = 1;
    return;
  }
  let release: (() => void) | null = null;
  try {
    release = claimDiscovery(dataDir, server.port, sessions.control);
  } catch {
    // Unwritable (a full disk, no rights): said below, unless another start answers after all.
  }
  if (!release) {
    // Another start claimed the folder between our look and our claim: show that one.
    await server.close();
    const other = await askRunning(dataDir);
    if (other) urlLine(other);
    else say(msg('browser.cannotClaim', { path: join(dataDir, 'browser-mode.json') }));
    if (!other) process.exitCode = 1;
    return;
  }
  const watcher = watchDataFolder(dataDir, services.ctx.events);
  services.reminders.engine.start().catch((error: unknown) => say(msg('browser.remindersNotStarted', { detail: String(error) })));

  say(msg('browser.dataFolder', { path: dataDir }));
  const url = server.launchUrl();
  urlLine(url);
  if (open) openBrowser(url);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say(msg('browser.stopping'));
    watcher.close();
    services.reminders.engine.stop();
    // The calls under way finish (their writes land) before the process ends.
    await server.close();
    await services.reminders.engine.idle();
    release();
    say(msg('browser.stopped'));
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
}

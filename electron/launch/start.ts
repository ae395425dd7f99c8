// `npm start`: the desktop app where Electron's binary is there or can be fetched, else the same app
// in the browser. Runs from dist/launch/start.mjs after the build.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { electronBinary, fetchElectron } from './electron-binary';
import { hasDisplay } from './display';
import { sayBoth } from '../../shared/i18n';
import { msg, type Message } from '../../shared/i18n/message';
import { runBrowserMode } from '../web/browser-mode';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = 'npm start [-- --browser] [--port N] [--no-open]';

function options() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { browser: { type: 'boolean', default: false }, port: { type: 'string' }, 'no-open': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return refuse(sayBoth(msg('launch.badPort', { value: values.port ?? '' })));
    return { ...values, port };
  } catch (error) {
    // node:util's own refusal of an unknown option, in English only: it names the option.
    return refuse((error as Error).message);
  }
}

function refuse(why: string): never {
  process.stderr.write(`${why}\n${sayBoth(msg('launch.usage', { usage: USAGE }))}\n`);
  process.exit(2);
}

/** One line, rewritten in place on a terminal, printed once when piped. */
function progressLine(): (text: string) => void {
  let printed = false;
  const downloading = sayBoth(msg('launch.download.progress'));
  return (text) => {
    if (process.stdout.isTTY) process.stdout.write(`\r${downloading}: ${text}   `);
    else if (!printed) process.stdout.write(`${downloading}…\n`);
    printed = true;
  };
}

/** Electron's binary, fetched now if it never was; the reason in both languages when it cannot be had. */
async function desktopBinary(): Promise<{ binary: string } | { why: Message }> {
  if (!hasDisplay()) return { why: msg('launch.why.noDisplay') };
  const present = electronBinary(root);
  if (present) return { binary: present };
  const fetched = await fetchElectron({ root, progress: progressLine() });
  if (process.stdout.isTTY) process.stdout.write('\n');
  return fetched.ok ? { binary: fetched.binary } : { why: msg('launch.why.noElectron', { detail: fetched.reason }) };
}

const args = options();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const desktop = args.browser ? { why: msg('launch.why.asked') } : await desktopBinary();
if ('binary' in desktop) {
  const child = spawn(desktop.binary, ['.'], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.stdout.write(`${sayBoth(msg('launch.inBrowser', { why: desktop.why }))}\n`);
  // No display: nothing to open a browser on, the link is for another computer's or a later session.
  await runBrowserMode({ root, port: args.port, open: !args['no-open'] && hasDisplay() });
}

import { spawn, spawnSync } from 'node:child_process';

const CHROMIUMS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

const onPath = (command: string) => spawnSync(process.platform === 'win32' ? 'where' : 'which', [command], { stdio: 'ignore' }).status === 0;

/**
 * The command that shows `url`: Chromium as an app window (no tabs, no address bar) where it is
 * installed on Linux, else the system's default browser.
 */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform, has: (command: string) => boolean = onPath): [string, string[]] {
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  if (platform === 'darwin') return ['open', [url]];
  const chromium = CHROMIUMS.find(has);
  return chromium ? [chromium, [`--app=${url}`]] : ['xdg-open', [url]];
}

/** Opens the page and forgets the browser: it outlives neither our terminal's Ctrl+C nor our errors. */
export function openBrowser(url: string): void {
  const [command, args] = browserCommand(url);
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => process.stdout.write(`Không mở được trình duyệt; hãy mở đường dẫn trên. / Could not open a browser: open the link above.\n`));
  child.unref();
}

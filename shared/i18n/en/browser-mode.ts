import type { viBrowserMode } from '../vi/browser-mode';

export const enBrowserMode: Record<keyof typeof viBrowserMode, string> = {
  'browser.howTo': 'open in a browser, Ctrl+C to stop',
  'browser.alreadyRunning': 'Lịch Trực is already running over this data folder.',
  'browser.portInUse': 'Port {port} is in use: choose another (--port N).',
  'browser.cannotStart': 'Could not start the server: {detail}',
  'browser.cannotClaim': 'Could not write {path}: the data folder is not claimed.',
  'browser.remindersNotStarted': 'Reminders not started: {detail}',
  'browser.dataFolder': 'Data folder: {path}',
  'browser.stopping': 'Stopping…',
  'launch.inBrowser': 'Starting Lịch Trực in the browser ({why}).',
  'launch.why.asked': '--browser was given',
  'launch.why.noDisplay': 'no display',
  'launch.why.noElectron': 'Electron could not be downloaded: {detail}',
  'launch.download.progress': 'Downloading Electron (first start)',
  'launch.download.noModule': 'node_modules/electron is missing, run npm install',
  'launch.download.stalled': 'no progress for {seconds} s',
  'launch.download.failed': 'error {cause}',
  'launch.download.exited': 'install.js exited with code {code}',
  'launch.badPort': '--port must be a port number from 0 to 65535, not "{value}".',
  'launch.usage': 'Usage: {usage}',
  'browser.stopped': 'Stopped.',
};

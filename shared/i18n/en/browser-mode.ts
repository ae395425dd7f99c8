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
  'browser.stopped': 'Stopped.',
};

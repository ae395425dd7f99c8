import type { viHost } from '../vi/host';

export const enHost: Record<keyof typeof viHost, string> = {
  'files.saved': 'Saved {path}',
  'files.savedMany': 'Saved {count} files in {folder}',
  'files.downloaded': "Downloaded {name} (the browser's Downloads folder).",
  'host.browser.reminders': 'Browser mode: reminders run in the "npm start" terminal window — keep it open. There is no tray icon and no start at login (only the desktop app has them).',
  'host.browser.notifications.default': 'For reminders to appear as desktop notifications, the browser must allow this page.',
  'host.browser.notifications.allow': 'Allow notifications',
  'host.browser.notifications.denied': "The browser blocks this page's notifications: reminders will not appear on screen (emails are still sent). Allow them in the browser's site settings.",
  'host.browser.notifications.granted': 'Desktop notifications: allowed. Keep a Lịch Trực tab open to see reminders.',
  'host.secrets.os-encryption': "The password is encrypted with the operating system's keychain.",
  'host.secrets.keyring': "The password is kept in the operating system's keyring.",
  'host.secrets.memory': 'This computer has no OS keyring: the password is kept in memory until Lịch Trực stops, never written to a file, and asked for again after a restart.',
};

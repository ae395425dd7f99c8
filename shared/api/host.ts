import { z } from 'zod';
import { defineChannels } from './define';
import { NoInput } from './plans';

/**
 * What the program around the page can do, so the UI offers only what is there and says what is
 * not: the desktop app has a tray, start at login and native notifications; browser mode has Web
 * Notifications and no tray; where a mail password is kept differs too.
 */
export const HostInfo = z.object({
  mode: z.enum(['desktop', 'browser', 'cli']),
  tray: z.boolean(),
  startAtLogin: z.boolean(),
  notifications: z.enum(['native', 'web', 'none']),
  /** Where a mail password is kept: encrypted by the OS, in the OS keyring, in memory until the server stops, or nowhere. */
  secrets: z.enum(['os-encryption', 'keyring', 'memory', 'none']),
  /** The desktop's folder dialog, the only way the page can have a folder set (the feed folder); elsewhere the CLI sets it. */
  folderDialog: z.boolean(),
});
export type HostInfo = z.infer<typeof HostInfo>;
export type HostMode = HostInfo['mode'];

export const hostChannels = defineChannels({
  'app:host': { input: NoInput, output: HostInfo },
});

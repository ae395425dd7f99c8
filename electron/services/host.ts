import type { HandlersOf } from '../../shared/api/define';
import type { HostInfo, HostMode, hostChannels } from '../../shared/api/host';
import type { SecretBox } from './adapters';

/** What each kind of host offers; the secret storage is whatever box this process was given. */
export function hostInfo(mode: HostMode, secrets: SecretBox, folderDialog = false): HostInfo {
  const desktop = mode === 'desktop';
  return {
    mode,
    tray: desktop,
    startAtLogin: desktop,
    notifications: desktop ? 'native' : mode === 'browser' ? 'web' : 'none',
    secrets: secrets.available() ? secrets.kind : 'none',
    folderDialog,
  };
}

export const hostHandlers = (mode: HostMode, secrets: SecretBox, folderDialog: boolean) => ({ 'app:host': () => hostInfo(mode, secrets, folderDialog) }) satisfies HandlersOf<typeof hostChannels>;

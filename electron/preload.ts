import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../shared/api/bridge';
import { BRIDGE_GLOBAL, type Bridge } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';
import { FILE_HOST_CHANNELS, type FileHost } from '../shared/api/files';

// The page names what it wants; main shows Electron's own dialog and the user says where.
const files: FileHost = {
  open: (request) => ipcRenderer.invoke(FILE_HOST_CHANNELS.open, request),
  save: (request) => ipcRenderer.invoke(FILE_HOST_CHANNELS.save, request),
};

const bridge = buildBridge(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
  (channel, callback) => {
    const listener = (_event: Electron.IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(channel, listener);
    return () => ipcRenderer.removeListener(channel, listener);
  },
  files,
) satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);

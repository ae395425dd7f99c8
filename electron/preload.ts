import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../shared/api/bridge';
import { BRIDGE_GLOBAL, type Bridge } from '../shared/api/contract';
import type { Result } from '../shared/api/errors';

const bridge = buildBridge(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>,
  (channel, callback) => {
    const listener = (_event: Electron.IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(channel, listener);
    return () => ipcRenderer.removeListener(channel, listener);
  },
) satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);

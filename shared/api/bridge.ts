import { CHANNELS, type Bridge } from './contract';
import type { AppEventName, AppEvents } from './events';
import type { Result } from './errors';
import type { FileHost } from './files';

export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: string, callback: (payload: unknown) => void) => () => void;

/** IPC event channel names are prefixed so they can never collide with request channels. */
export const eventChannel = (event: AppEventName) => `event:${event}`;

/**
 * Builds the one bridge shape from a transport. The preload passes ipcRenderer (and the desktop's
 * file dialogs); browser mode passes fetch to its local server; browser tests pass Playwright's
 * exposed function. All get exactly the same methods.
 */
export function buildBridge(invoke: Invoke, subscribe: Subscribe, files?: FileHost): Bridge {
  const methods = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => invoke(channel, input)]));
  return {
    ...methods,
    ...(files ? { files } : {}),
    listen<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void) {
      return subscribe(eventChannel(event), callback as (payload: unknown) => void);
    },
  } as Bridge;
}

// The browser tests' stand-in for electron/preload.ts: the same bridge, built by the same
// function, with Playwright's exposed function as the transport instead of ipcRenderer.
import { buildBridge } from '../../../shared/api/bridge';
import { BRIDGE_GLOBAL } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';

type Listener = (payload: unknown) => void;
interface TestWindow {
  __lichTrucInvoke(channel: string, input: unknown): Promise<Result<unknown>>;
  __lichTrucDeliver(channel: string, payload: unknown): void;
}

const w = window as unknown as TestWindow & Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();
w.__lichTrucDeliver = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
w[BRIDGE_GLOBAL] = buildBridge(
  (channel, input) => w.__lichTrucInvoke(channel, input),
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set<Listener>();
    listeners.set(channel, set.add(listener));
    return () => set.delete(listener);
  },
);

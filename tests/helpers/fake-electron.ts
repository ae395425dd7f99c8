import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot be installed here): it records what the
 * shell asks of Electron — window options, IPC channels, protocol and session handlers — so tests
 * can check the wiring. Use with
 *   const fake = await vi.hoisted(async () => (await import('../helpers/fake-electron')).createFakeElectron());
 *   vi.mock('electron', () => fake.module);
 */

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: Listener | undefined;
  readonly send = vi.fn();
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron() {
  const state = {
    singleInstanceLock: true,
    windows: [] as FakeBrowserWindow[],
    ipcHandlers: [] as { channel: string; handler: Listener }[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    permissionHandler: undefined as Listener | undefined,
    exposed: new Map<string, unknown>(),
  };

  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async () => {});
    constructor(readonly options: Record<string, any>) {
      super();
      state.windows.push(this);
    }
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => state.windows[0] ?? null;
    show() {}
    focus() {}
    restore() {}
    isMinimized = () => false;
  }

  class FakeApp extends Emitter {
    readonly requestSingleInstanceLock = vi.fn(() => state.singleInstanceLock);
    readonly quit = vi.fn();
    readonly setPath = vi.fn();
    readonly commandLine = { appendSwitch: vi.fn() };
    readonly whenReady = () => Promise.resolve();
  }

  const app = new FakeApp();
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, handler: Listener) => void state.ipcHandlers.push({ channel, handler }) },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _input: unknown) => ({ ok: true, data: null })),
      on: vi.fn((_channel: string, _listener: Listener) => {}),
      removeListener: vi.fn((_channel: string, _listener: Listener) => {}),
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void state.exposed.set(key, api) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: Listener) => void state.protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: { setPermissionRequestHandler: (handler: Listener) => void (state.permissionHandler = handler) } },
    shell: { openExternal: vi.fn(async () => {}) },
    net: { fetch: vi.fn(async () => new Response('')) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  };

  return {
    module,
    app,
    state,
    /** Forgets everything recorded, before the shell is loaded again. */
    reset(options: { singleInstanceLock?: boolean } = {}) {
      Object.assign(state, {
        singleInstanceLock: options.singleInstanceLock ?? true,
        windows: [],
        ipcHandlers: [],
        privilegedSchemes: [],
        protocolHandlers: new Map(),
        permissionHandler: undefined,
        exposed: new Map(),
      });
      app.listeners.clear();
      vi.clearAllMocks();
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

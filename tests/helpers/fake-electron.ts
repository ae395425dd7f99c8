import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot be installed here): it records what the
 * shell asks of Electron — window options, IPC channels, protocol and session handlers, native
 * notifications, the tray, power events, safeStorage — so tests can check the wiring. Use with
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
    permissionCheckHandler: undefined as Listener | undefined,
    deviceHandler: undefined as Listener | undefined,
    exposed: new Map<string, unknown>(),
    notifications: [] as FakeNotification[],
    trays: [] as FakeTray[],
    /** The template of the application menu, as Menu.setApplicationMenu received it. */
    appMenu: null as unknown,
    /** What safeStorage reports: Linux without a keyring falls back to 'basic_text'. */
    storageBackend: 'gnome_libsecret',
  };

  class FakeNotification extends Emitter {
    static isSupported = () => true;
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
      state.notifications.push(this);
    }
    show() {
      this.shown = true;
    }
  }

  class FakeTray extends Emitter {
    toolTip = '';
    /** The template given to Menu.buildFromTemplate, which the fake returns as is. */
    menu: unknown = null;
    constructor(readonly icon: unknown) {
      super();
      state.trays.push(this);
    }
    setToolTip(text: string) {
      this.toolTip = text;
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
  }

  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async () => {});
    readonly show = vi.fn();
    readonly hide = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    constructor(readonly options: Record<string, any>) {
      super();
      state.windows.push(this);
      // As Electron does for every new window (the tray's close-to-tray hooks in there).
      app.emit('browser-window-created', {}, this);
    }
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => state.windows[0] ?? null;
    isMinimized = () => false;
  }

  class FakeApp extends Emitter {
    readonly requestSingleInstanceLock = vi.fn(() => state.singleInstanceLock);
    readonly quit = vi.fn();
    readonly setPath = vi.fn();
    readonly setLoginItemSettings = vi.fn();
    readonly commandLine = { appendSwitch: vi.fn() };
    readonly whenReady = () => Promise.resolve();
  }

  const app = new FakeApp();
  const powerMonitor = new Emitter();
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
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionHandler = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheckHandler = handler),
        setDevicePermissionHandler: (handler: Listener) => void (state.deviceHandler = handler),
      },
    },
    shell: { openExternal: vi.fn(async () => {}) },
    net: { fetch: vi.fn(async () => new Response('')) },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    Notification: FakeNotification,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void (state.appMenu = menu) },
    nativeImage: { createFromDataURL: (url: string) => ({ url }) },
    powerMonitor,
    // Reversible, and visibly not the plain text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => state.storageBackend,
      encryptString: (plain: string) => Buffer.from(`enc:${plain}`).reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString().slice('enc:'.length),
    },
  };

  return {
    module,
    app,
    powerMonitor,
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
        permissionCheckHandler: undefined,
        deviceHandler: undefined,
        exposed: new Map(),
        notifications: [],
        trays: [],
        appMenu: null,
        storageBackend: 'gnome_libsecret',
      });
      app.listeners.clear();
      powerMonitor.listeners.clear();
      vi.clearAllMocks();
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

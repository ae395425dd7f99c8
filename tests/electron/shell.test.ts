import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api/contract';
import { FakeWebContents } from '../helpers/fake-electron';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { tempDir, tempServices } from '../helpers/services';

const fake = await vi.hoisted(async () => (await import('../helpers/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);
// electron-store imports electron at load; the app gets conf, its engine, writing the same files.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore extends Conf {
    constructor({ cwd, name }: { cwd: string; name: string }) {
      super({ cwd, configName: name, projectName: 'lich-truc' });
    }
  }
  return { default: ElectronStore };
});
// The real services, remembered so a test can wait for their reminder engine to settle.
const started = vi.hoisted(() => [] as import('../../electron/services/app').Services[]);
vi.mock('../../electron/services/app', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/services/app')>();
  return { ...actual, createServices: (...args: Parameters<typeof actual.createServices>) => started[started.push(actual.createServices(...args)) - 1]! };
});

/** Quits the app started last: its reminder engine stops and finishes writing before its data folder goes. */
async function quitApp() {
  fake.app.emit('before-quit');
  await Promise.all(started.splice(0).map((services) => services.reminders.engine.idle()));
}

/** Runs electron/main.ts afresh, as Electron would at start, until the app is ready. */
async function startApp(options: { singleInstanceLock?: boolean; dataDir?: string } = {}) {
  await quitApp();
  fake.reset(options);
  vi.resetModules();
  vi.stubEnv('LICH_TRUC_DATA_DIR', options.dataDir ?? tempDir());
  await import('../../electron/main');
  await fake.app.whenReady();
  const [window] = fake.state.windows;
  return { window, services: started.at(-1) };
}
afterEach(quitApp);

const invoke = (channel: string, sender: unknown, frameUrl: string, input?: unknown) => {
  const bound = fake.state.ipcHandlers.find((h) => h.channel === channel);
  if (!bound) return expect.unreachable(`${channel} is not bound`);
  return bound.handler({ sender, senderFrame: { url: frameUrl } }, input);
};

describe('electron/main.ts', () => {
  beforeEach(() => void vi.unstubAllEnvs());

  it('opens one window with the secure options and the CommonJS preload', async () => {
    const { window } = await startApp();
    expect(fake.state.windows).toHaveLength(1);
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' });
    expect(window?.options.webPreferences.preload).toMatch(/[/\\]preload\.cjs$/);
    expect(window?.loadURL).toHaveBeenCalledWith('app://lich-truc/index.html');
  });

  it('asks Chromium for Vietnamese, so native date and time pickers read dd/MM/yyyy and 24 h', async () => {
    await startApp();
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'vi');
  });

  it('has a Vietnamese app menu whose Hoàn tác and Làm lại reach the page as edit events', async () => {
    const { window } = await startApp();
    type Item = { label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
    const edit = (fake.state.appMenu as Item[]).find((m) => m.label === 'Sửa')?.submenu ?? [];
    const undo = edit.find((i) => i.label === 'Hoàn tác');
    const redo = edit.find((i) => i.label === 'Làm lại');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo?.accelerator).toBe('CmdOrCtrl+Y');
    undo?.click?.();
    redo?.click?.();
    expect(window!.webContents.send).toHaveBeenCalledWith('event:edit', { action: 'undo' });
    expect(window!.webContents.send).toHaveBeenCalledWith('event:edit', { action: 'redo' });
  });

  it('binds every channel of the contract, and the two file dialogs, to ipcMain.handle exactly once', async () => {
    await startApp();
    expect(fake.state.ipcHandlers.map((h) => h.channel).sort()).toEqual([...CHANNELS, 'files:open', 'files:save'].sort());
  });

  it('answers the file dialogs only for its own page', async () => {
    const { window } = await startApp();
    for (const channel of ['files:open', 'files:save']) {
      expect(await invoke(channel, new FakeWebContents(), 'app://lich-truc/index.html', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
      // From the app's own page a malformed request is refused before any dialog opens.
      expect(await invoke(channel, window!.webContents, 'app://lich-truc/index.html', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('answers the app’s own page, and refuses any other sender or frame', async () => {
    const { window } = await startApp();
    const own = window!.webContents;

    expect(await invoke('plans:list', own, 'app://lich-truc/index.html#/plans')).toEqual({ ok: true, data: [] });
    for (const [sender, url] of [
      [new FakeWebContents(), 'app://lich-truc/index.html'],
      [own, 'https://evil.example/'],
      [own, 'file:///tmp/x.html'],
    ] as const) {
      expect(await invoke('plans:list', sender, url)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('pushes a write’s change to the window: a plan saved and the staff directory edited reach the page as events', async () => {
    const { window } = await startApp();
    const own = window!.webContents;
    const page = 'app://lich-truc/index.html#/staff';
    await invoke('staff:save', own, page, { fullName: 'Nguyễn Văn An', roles: ['technician'] });
    expect(own.send).toHaveBeenCalledWith('event:staff:changed', {});
    const created = (await invoke('plans:create', own, page, { name: 'Trực 2/9', window: { start: '2026-08-29T17:00', end: '2026-09-02T07:30' } })) as { data: { id: string } };
    await invoke('plans:rename', own, page, { id: created.data.id, name: 'Trực Quốc khánh' });
    expect(own.send).toHaveBeenCalledWith('event:plans:changed', { id: created.data.id });
  });

  it('asks for the single-instance lock, and quits without a window when another instance has it', async () => {
    await startApp();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    // Per data folder: Chromium keys the lock on userData, so the folder is chosen before asking.
    const setUserData = fake.app.setPath.mock.invocationCallOrder[fake.app.setPath.mock.calls.findIndex(([name]) => name === 'userData')];
    expect(setUserData).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);

    await startApp({ singleInstanceLock: false });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.ipcHandlers).toEqual([]);
  });

  it('blocks navigation away from the app and every new window, opening only allowed links outside', async () => {
    await startApp();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const [navigate] = contents.listeners.get('will-navigate') ?? [];
    const navigation = (url: string) => {
      const event = { preventDefault: vi.fn() };
      navigate!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };

    expect(navigation('https://evil.example/')).toBe(true);
    expect(navigation('file:///etc/passwd')).toBe(true);
    expect(navigation('app://lich-truc/index.html#/plans')).toBe(false);

    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'mailto:an@example.vn' })).toEqual({ action: 'deny' });
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('mailto:an@example.vn');
  });

  it('grants no permission but notifications, and those only to the app’s own page; no device ever', async () => {
    await startApp();
    const APP = 'app://lich-truc/index.html';
    const decide = (permission: string, origin = APP) => {
      const callback = vi.fn();
      fake.state.permissionHandler!({ getURL: () => origin }, permission, callback, { requestingUrl: origin });
      return callback.mock.calls[0]?.[0];
    };
    const check = (permission: string, origin = 'app://lich-truc') => fake.state.permissionCheckHandler!(null, permission, origin);
    expect(decide('notifications')).toBe(true);
    expect(['media', 'geolocation', 'openExternal', 'clipboard-read'].map((p) => decide(p))).toEqual([false, false, false, false]);
    expect(decide('notifications', 'https://evil.example/')).toBe(false);
    expect(check('notifications')).toBe(true);
    expect([check('media'), check('notifications', 'https://evil.example')]).toEqual([false, false]);
    expect(fake.state.deviceHandler!({ deviceType: 'usb' })).toBe(false);
  });

  it('serves the renderer over app:// and answers 404 outside it', async () => {
    await startApp();
    const handle = fake.state.protocolHandlers.get('app')!;
    await handle({ url: 'app://lich-truc/index.html' });
    expect(fake.module.net.fetch).toHaveBeenCalledWith(expect.stringMatching(/^file:.*[/\\]renderer[/\\]index\.html$/));
    expect(((await handle({ url: 'app://lich-truc/..%2f..%2fpackage.json' })) as Response).status).toBe(404);
    expect(fake.state.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });
});

describe('electron/main.ts wires the desktop to the reminder engine', () => {
  const OWN_PAGE = 'app://lich-truc/index.html';
  const close = (window: { emit: (event: string, ...args: unknown[]) => void }) => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event.preventDefault.mock.calls.length > 0;
  };

  /** The app over a data folder holding the Tết 2026 roster, published, at `now` (the app's clock is Date). */
  async function startWithPublishedTet(now: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const dataDir = tempDir();
    await storePlan(tempServices({ dataDir }).services, tetRoster());
    return startApp({ dataDir });
  }

  beforeEach(() => void vi.unstubAllEnvs());
  afterEach(() => void vi.useRealTimers());

  it('puts an icon in the tray, applies start-at-login, and quits on close when nothing is published', async () => {
    const { window } = await startApp();
    expect(fake.state.trays).toHaveLength(1);
    expect(fake.state.trays[0]?.menu).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Thoát' })]));
    expect(fake.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: false, args: ['--hidden'] });
    expect(close(window!)).toBe(false);
  });

  it("shows the engine's notifications natively: the test button, and a reminder when the computer wakes", async () => {
    // Tết 2026's first shift starts 13/02 17:00 (10:00 UTC); the IT head is told 30 minutes before.
    const { window, services } = await startWithPublishedTet('2026-02-13T09:00:00.000Z');
    const own = window!.webContents;
    await services!.reminders.engine.idle();

    expect(await invoke('reminders:testNotification', own, OWN_PAGE)).toEqual({ ok: true, data: { shown: true } });
    expect(fake.state.notifications.map((n) => [n.options.title, n.shown])).toEqual([['Lịch Trực — thông báo thử', true]]);

    // Asleep past the reminder's moment: 'resume' makes the engine look at once, not at its next tick.
    vi.setSystemTime('2026-02-13T09:31:00.000Z');
    fake.powerMonitor.emit('resume');
    await services!.reminders.engine.idle();
    expect(fake.state.notifications).toHaveLength(2);
    const reminder = fake.state.notifications[1]!;
    expect(reminder.options.title).toBe('Đổi ca sau 30 phút');
    expect(reminder.shown).toBe(true);

    reminder.emit('click');
    expect(window!.show).toHaveBeenCalled();
    expect(own.send).toHaveBeenCalledWith('event:navigate', expect.objectContaining({ area: 'log', planId: tetRoster().id, shiftId: expect.any(String) }));
  });

  it("hides to the tray on close while a published plan's period is upcoming", async () => {
    const { window, services } = await startWithPublishedTet('2026-02-01T02:00:00.000Z');
    expect(close(window!)).toBe(true);
    expect(window!.hide).toHaveBeenCalledOnce();
    expect(fake.state.notifications.map((n) => n.options.title)).toEqual(['Lịch Trực vẫn đang chạy']);
    // The hint is shown once: remembered in the settings.
    await vi.waitFor(() => expect(services!.settings.get().desktop.trayHintShown).toBe(true));
  });
});

describe('electron/preload.ts', () => {
  /** Runs the preload afresh and returns what it exposed as window.lichTruc. */
  async function loadPreload() {
    fake.reset();
    vi.resetModules();
    await import('../../electron/preload');
    expect([...fake.state.exposed.keys()]).toEqual(['lichTruc']);
    return fake.state.exposed.get('lichTruc') as Record<string, (...args: any[]) => unknown>;
  }

  it('exposes one function per contract channel, listen and the file dialogs, and nothing else', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS, 'files', 'listen'].sort());
    const { files, ...calls } = bridge as Record<string, unknown> & { files: Record<string, unknown> };
    expect(Object.values(calls).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.keys(files).sort()).toEqual(['open', 'save']);
  });

  it('sends each call over its own channel with its input', async () => {
    const bridge = await loadPreload();
    await bridge['plans:get']!({ id: 'tet-2026' });
    expect(fake.module.ipcRenderer.invoke).toHaveBeenCalledWith('plans:get', { id: 'tet-2026' });
  });

  it('listens only on prefixed event channels, and unsubscribes', async () => {
    const bridge = await loadPreload();
    const unsubscribe = bridge.listen!('plans:changed', () => {}) as () => void;
    const [channel, listener] = fake.module.ipcRenderer.on.mock.calls[0]!;
    expect(channel).toBe('event:plans:changed');

    unsubscribe();

    expect(fake.module.ipcRenderer.removeListener).toHaveBeenCalledWith('event:plans:changed', listener);
  });
});

describe('built files', () => {
  const built = resolve('dist/electron/preload.cjs');

  it('bundles the preload as CommonJS, as sandboxed preloads must be', () => {
    if (!existsSync(built)) expect.fail(`${built} is missing: run \`npm run build\` before the unit tests`);
    const code = readFileSync(built, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toMatch(/require\("electron"\)/);
  });

  it.each(['renderer/index.html', 'dist/renderer/index.html'])('%s carries a strict CSP meta', (file) => {
    if (!existsSync(file)) expect.fail(`${file} is missing: run \`npm run build\` before the unit tests`);
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(readFileSync(file, 'utf8'))?.[1];
    const directives = new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});

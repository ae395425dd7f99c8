import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot load here: stand-ins record what the desktop modules ask of it.
const electron = vi.hoisted(() => {
  const { EventEmitter: Emitter } = require('node:events') as typeof import('node:events');
  class Notification extends Emitter {
    static isSupported = () => true;
    static made: Notification[] = [];
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
      Notification.made.push(this);
    }
    show() {
      this.shown = true;
    }
  }
  class Tray extends Emitter {
    static made: Tray[] = [];
    menu: unknown = null;
    constructor(readonly icon: unknown) {
      super();
      Tray.made.push(this);
    }
    setToolTip() {}
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
  }
  const app = Object.assign(new Emitter(), { quit: () => {}, setLoginItemSettings: (_s: unknown) => {} });
  const safeStorage = { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'gnome_libsecret', encryptString: (s: string) => Buffer.from(`enc:${s}`), decryptString: (b: Buffer) => b.toString().slice(4) };
  return { Notification, Tray, app, safeStorage, Menu: { buildFromTemplate: (t: unknown) => t }, nativeImage: { createFromDataURL: (u: string) => ({ url: u }) } };
});
vi.mock('electron', () => electron);

const { desktopNotifier } = await import('../../electron/notifications');
const { installTray } = await import('../../electron/tray');
const { electronSecrets } = await import('../../electron/secrets');

function fakeWindow() {
  return Object.assign(new EventEmitter(), { isMinimized: () => false, restore: vi.fn(), show: vi.fn(), focus: vi.fn(), hide: vi.fn() });
}

describe('desktop shell', () => {
  beforeEach(() => {
    electron.Notification.made.length = 0;
  });

  it("shows the engine's notifications natively; a click brings the window forward and opens the roster at the shift", () => {
    const window = fakeWindow();
    const events = { emit: vi.fn() };
    desktopNotifier(() => window as never, events).show({ title: 'Đổi ca sau 30 phút', body: 'Ca đêm 22:00 bắt đầu sau 30 phút', target: { planId: 'tet-2026', shiftId: '2026-02-16/dem' } });
    const [notification] = electron.Notification.made;
    expect(notification?.options).toMatchObject({ title: 'Đổi ca sau 30 phút', body: 'Ca đêm 22:00 bắt đầu sau 30 phút' });
    expect(notification?.shown).toBe(true);
    notification?.emit('click');
    expect(window.show).toHaveBeenCalled();
    expect(events.emit).toHaveBeenCalledWith('navigate', { area: 'roster', planId: 'tet-2026', shiftId: '2026-02-16/dem' });
  });

  it('keeps running in the tray on close while reminders are due, with a one-time hint; quits normally otherwise', async () => {
    let keep = true;
    let hinted = false;
    installTray({
      window: () => null,
      keepRunning: () => keep,
      startAtLogin: () => false,
      setStartAtLogin: async () => {},
      hintShown: () => hinted,
      markHintShown: async () => void (hinted = true),
      openReminders: () => {},
    });
    expect(electron.Tray.made).toHaveLength(1);
    const window = fakeWindow();
    electron.app.emit('browser-window-created', {}, window);

    const close = () => {
      const event = { preventDefault: vi.fn() };
      window.emit('close', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(close()).toBe(true);
    expect(window.hide).toHaveBeenCalledTimes(1);
    expect(electron.Notification.made.map((n) => n.options.title)).toEqual(['Lịch Trực vẫn đang chạy']);
    expect(close()).toBe(true);
    expect(electron.Notification.made).toHaveLength(1);
    keep = false;
    expect(close()).toBe(false);
  });

  it("stores secrets only with the OS keychain, refusing Linux's plain-text fallback", () => {
    const sealed = electronSecrets.seal('mật khẩu');
    expect(sealed).not.toContain('mật khẩu');
    expect(electronSecrets.open(sealed)).toBe('mật khẩu');
    if (process.platform === 'linux') {
      electron.safeStorage.getSelectedStorageBackend = () => 'basic_text';
      expect(electronSecrets.available()).toBe(false);
    }
  });
});

import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('../helpers/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { desktopNotifier } = await import('../../electron/notifications');
const { installTray } = await import('../../electron/tray');
const { electronSecrets } = await import('../../electron/secrets');

function fakeWindow() {
  return Object.assign(new EventEmitter(), { isMinimized: () => false, restore: vi.fn(), show: vi.fn(), focus: vi.fn(), hide: vi.fn() });
}

describe('desktop shell', () => {
  beforeEach(() => fake.reset());

  it("shows the engine's notifications natively; a click brings the window forward and opens the shift's page of the duty log", () => {
    const window = fakeWindow();
    const events = { emit: vi.fn() };
    desktopNotifier(() => window as never, events).show({ title: 'Đổi ca sau 30 phút', body: 'Ca đêm 22:00 bắt đầu sau 30 phút', target: { planId: 'tet-2026', shiftId: '2026-02-16/dem' } });
    const [notification] = fake.state.notifications;
    expect(notification?.options).toMatchObject({ title: 'Đổi ca sau 30 phút', body: 'Ca đêm 22:00 bắt đầu sau 30 phút' });
    expect(notification?.shown).toBe(true);
    notification?.emit('click');
    expect(window.show).toHaveBeenCalled();
    expect(events.emit).toHaveBeenCalledWith('navigate', { area: 'log', planId: 'tet-2026', shiftId: '2026-02-16/dem' });
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
    expect(fake.state.trays).toHaveLength(1);
    const window = fakeWindow();
    fake.app.emit('browser-window-created', {}, window);

    const close = () => {
      const event = { preventDefault: vi.fn() };
      window.emit('close', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(close()).toBe(true);
    expect(window.hide).toHaveBeenCalledTimes(1);
    expect(fake.state.notifications.map((n) => n.options.title)).toEqual(['Lịch Trực vẫn đang chạy']);
    expect(close()).toBe(true);
    expect(fake.state.notifications).toHaveLength(1);
    keep = false;
    expect(close()).toBe(false);
  });

  it("stores secrets only with the OS keychain, refusing Linux's plain-text fallback", () => {
    const sealed = electronSecrets.seal('mật khẩu');
    expect(sealed).not.toContain('mật khẩu');
    expect(electronSecrets.open(sealed)).toBe('mật khẩu');
    if (process.platform === 'linux') {
      fake.state.storageBackend = 'basic_text';
      expect(electronSecrets.available()).toBe(false);
    }
  });
});

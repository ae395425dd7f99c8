import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SecretBox } from '../../../electron/services/adapters';
import { recordingEvents, sequentialIds, tempServices } from '../../helpers/services';
import { watchDataFolder } from '../../../electron/services/store/folder-watch';
import { browserCommand } from '../../../electron/web/open-browser';
import { memorySecrets } from '../../../electron/web/secrets';
import { EventStreams } from '../../../electron/web/event-stream';
import { webNotifier } from '../../../electron/web/web-notifier';
import { hostInfo } from '../../../electron/services/host';
import type { AppError } from '../../../shared/errors/app-error';
import { say } from '../../../shared/i18n';
import { msg } from '../../../shared/i18n/message';

describe('browser mode’s stand-ins for the desktop', () => {
  it('opens Chromium as an app window where it is installed, else the default browser', () => {
    const url = 'http://127.0.0.1:4321/#code=abc';
    expect(browserCommand(url, 'linux', (c) => c === 'chromium')).toEqual(['chromium', [`--app=${url}`]]);
    expect(browserCommand(url, 'linux', () => false)).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(browserCommand(url, 'win32')[0]).toBe('cmd');
  });

  it('keeps a password in memory only, never in what is stored, and cannot open it after a restart', () => {
    const box = memorySecrets();
    const sealed = box.seal('mật-khẩu-SMTP');
    expect(sealed).not.toContain('mật-khẩu');
    expect(box.open(sealed)).toBe('mật-khẩu-SMTP');
    expect(box.holds!(sealed)).toBe(true);
    const afterRestart = memorySecrets();
    expect(afterRestart.holds!(sealed)).toBe(false);
    expect(() => afterRestart.open(sealed)).toThrow();
    box.forget!(sealed);
    expect(box.holds!(sealed)).toBe(false);
    expect(hostInfo('browser', box)).toEqual({ mode: 'browser', tray: false, startAtLogin: false, notifications: 'web', secrets: 'memory', folderDialog: false });
  });

  it('a mail password set in browser mode without a keyring is asked for again after a restart', async () => {
    const box = memorySecrets();
    const { dataDir, restart } = tempServices({ mode: 'browser' });
    // Each server is a new process: its own ids, and the secret store it was given.
    const server = (secrets: SecretBox) => restart({ secrets, ids: sequentialIds() });
    expect((await server(box).mailSettings.update({ host: 'smtp.example.vn', password: 'bí-mật' })).hasPassword).toBe(true);
    expect(server(box).mailSettings.view().hasPassword).toBe(true);
    // The next server's memory is empty: the form asks for the password again.
    expect(server(memorySecrets()).mailSettings.view().hasPassword).toBe(false);
    expect(readFileSync(join(dataDir, 'mail.json'), 'utf8')).not.toContain('bí-mật');
  });

  it('shows a reminder through the open page and the terminal, and says it was not shown when no page is open', () => {
    const printed: string[] = [];
    const notifier = webNotifier(new EventStreams(), (line) => printed.push(line));
    const refusal = (() => {
      try {
        notifier.show({ title: 'Sắp tới ca trực', body: 'Ca đêm 16/02/2026', target: null });
      } catch (error) {
        return (error as AppError).reason;
      }
    })();
    expect(say('vi', refusal!)).toBe('không có thẻ trình duyệt nào đang mở Lịch Trực');
    expect(say('en', msg('reminders.reason.notShown', { detail: refusal! }))).toBe('The notification could not be shown: no browser tab has the app open');
    expect(printed).toEqual(['🔔 Sắp tới ca trực — Ca đêm 16/02/2026']);
  });

  it('turns another process’s change to the data folder into the contract’s events', async () => {
    const { dataDir } = tempServices();
    const events = recordingEvents();
    const watcher = watchDataFolder(dataDir, events);
    try {
      const other = tempServices({ dataDir });
      const plan = await other.services.plans.create({ name: 'Trực 2/9', window: { start: '2026-08-29T17:00', end: '2026-09-02T07:30' } });
      await other.services.settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' } });
      await other.services.staff.loadSample();
      await expect.poll(() => events.log.map((e) => e.event)).toEqual(expect.arrayContaining(['plans:changed', 'settings:changed', 'staff:changed']));
      expect(events.log).toContainEqual({ event: 'plans:changed', payload: { id: plan.id } });
    } finally {
      watcher.close();
    }
  });

  it('a CalDAV target or feed settings another process wrote are announced (the CalDAV journal for any plan, its file being named by a form of the id)', async () => {
    const { dataDir } = tempServices();
    const other = tempServices({ dataDir });
    const plan = await other.services.plans.create({ name: 'Trực 2/9', window: { start: '2026-08-29T17:00', end: '2026-09-02T07:30' } });
    const events = recordingEvents();
    const watcher = watchDataFolder(dataDir, events);
    try {
      await other.services.caldav.setTarget(plan.id, 'team');
      await expect.poll(() => events.log).toContainEqual({ event: 'caldav:changed', payload: { planId: '' } });
      expect(events.log.map((e) => e.event)).not.toContain('settings:changed');
      await other.services.feedSettings.update({ refreshMinutes: 30 });
      await expect.poll(() => events.log.map((e) => e.event)).toContain('settings:changed');
    } finally {
      watcher.close();
    }
  });
});

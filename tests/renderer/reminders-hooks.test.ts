// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useMailSettings } from '../../renderer/src/data/useMailSettings';
import { useReminderLog } from '../../renderer/src/data/useReminderLog';
import { useRemindersStatus } from '../../renderer/src/data/useRemindersStatus';
import { useUpcomingReminders } from '../../renderer/src/data/useUpcomingReminders';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { mainProcess, windowsPerTest } from './windows';

const open = windowsPerTest();
const SMTP = { host: 'mail.stttt.example.vn', port: 587, senderAddress: 'lichtruc@stttt.example.vn' };

describe('the Nhắc nhở screen’s hooks follow what the main process pushes', () => {
  it('a reminder setting saved in another window shows in the status, and so does who “I” am (plans:changed, settings:changed)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    const status = open(main.window(), useRemindersStatus);
    await vi.waitFor(() => expect(status.current().data?.plans).toEqual([]));

    const plan = tetRoster();
    await storePlan(main.services, plan);
    await vi.waitFor(() => expect(status.current().data?.plans.map((p) => [p.name, p.offsetsMinutes])).toEqual([['Trực Tết Bính Ngọ 2026', [1440, 60]]]));

    const other = main.window();
    await other.call('reminders:setOffsets', { planId: plan.id, offsetsMinutes: [30] });
    await vi.waitFor(() => expect(status.current().data?.plans[0]?.offsetsMinutes).toEqual([30]));

    await other.call('settings:update', { thisIsMe: 'kt-01' });
    await vi.waitFor(() => expect(status.current().data?.thisIsMe).toEqual({ id: 'kt-01', name: 'Nguyễn Văn An' }));
  });

  it('mail set up in another window: the form’s settings, “Gửi lịch trực” and the emailed reminders follow (settings:changed)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    await storePlan(main.services, tetRoster());
    const mail = open(main.window(), useMailSettings);
    const status = open(main.window(), useRemindersStatus);
    const upcoming = open(main.window(), useUpcomingReminders);
    await vi.waitFor(() => expect(mail.current().data?.ready).toBe(false));
    await vi.waitFor(() => expect(upcoming.current().data?.length).toBeGreaterThan(0));
    expect(status.current().data?.mailReady).toBe(false);
    expect(upcoming.current().data?.filter((r) => r.channel === 'email')).toEqual([]);

    await main.window().call('mail:settings:update', SMTP);
    await vi.waitFor(() => expect(mail.current().data).toMatchObject({ host: SMTP.host, ready: true }));
    await vi.waitFor(() => expect(status.current().data?.mailReady).toBe(true));
    await vi.waitFor(() => expect(upcoming.current().data?.some((r) => r.channel === 'email')).toBe(true));
  });

  it('the engine logging reminders takes them off “Sắp nhắc” and puts them in the log (reminders:logged)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    await storePlan(main.services, tetRoster());
    const upcoming = open(main.window(), useUpcomingReminders);
    const log = open(main.window(), useReminderLog);
    await vi.waitFor(() => expect(log.current().data).toEqual([]));
    await vi.waitFor(() => expect(upcoming.current().data?.length).toBeGreaterThan(0));
    const before = upcoming.current().data!.length;

    // Nothing ran until a day into Tết: the shifts begun since are logged missed, as the engine wakes.
    main.clock.set(new Date('2026-02-14T17:00:00.000Z'));
    await main.services.reminders.engine.wake();
    await vi.waitFor(() => expect(log.current().data?.length).toBeGreaterThan(0));
    expect(log.current().data?.every((e) => e.status === 'missed')).toBe(true);
    await vi.waitFor(() => expect(upcoming.current().data?.length).toBeLessThan(before));
  });
});

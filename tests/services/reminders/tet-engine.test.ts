import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/app';
import type { LogEntry, Reminder } from '../../../shared/reminders/schema';
import { vn } from '../../helpers/clock';
import { publish, storePlan } from '../../helpers/publish';
import { FakeTimer, RecordingMailer, RecordingNotifier, tetRoster } from '../../helpers/reminders';
import { reminderServices, setUpMail } from '../../helpers/reminder-services';
import type { FakeClock } from '../../helpers/services';
import type { Notifier } from '../../../electron/services/adapters';
import type { Mailer } from '../../../electron/services/adapters';
import { viText } from '../../helpers/said';

interface Rig {
  clock: FakeClock;
  timer: FakeTimer;
  notifier: RecordingNotifier;
  mailer: RecordingMailer;
  services: Services;
  /** A new app over the same data folder (the old one is dropped without ceremony). */
  restart(overrides?: { notifier?: Notifier; mailer?: Mailer }): Promise<Services>;
  run(untilVn: string): Promise<void>;
  /** The computer sleeps (or the app is closed) until then, then wakes. */
  sleep(untilVn: string): Promise<void>;
}

async function rig(start: string): Promise<Rig> {
  const env = reminderServices({ now: vn(start) });
  const { clock, timer, notifier, mailer } = env;
  const r: Rig = {
    clock,
    timer,
    notifier,
    mailer,
    services: env.services,
    async restart(overrides) {
      r.services.reminders.engine.stop();
      r.services = env.restart(overrides);
      await r.services.reminders.engine.start();
      return r.services;
    },
    async run(untilVn) {
      await timer.runUntil(vn(untilVn), () => r.services.reminders.engine.idle());
    },
    async sleep(untilVn) {
      timer.pending.clear();
      clock.set(new Date(vn(untilVn)));
      await r.services.reminders.engine.wake();
    },
  };
  await setUpMail(r.services);
  return r;
}

const keysOf = (entries: LogEntry[], status: LogEntry['status']) => entries.filter((e) => e.status === status).map((e) => e.reminder.key);

describe('reminder engine over a whole 9-day Tết', () => {
  it('tells every reminder exactly once across restarts and sleeps; only those whose shift started during a sleep are missed', async () => {
    const r = await rig('2026-02-10T08:00');
    // One seat left empty: the IT head is alerted when that shift starts.
    const plan = tetRoster({ empty: ['2026-02-17/sang/ky-thuat'] });
    await storePlan(r.services, plan);
    await r.services.reminders.engine.start();
    const schedule: Reminder[] = r.services.reminders.engine.upcoming();

    await r.run('2026-02-14T12:00');
    await r.restart();
    await r.run('2026-02-15T20:00');
    const sleeps = [{ from: vn('2026-02-15T20:00'), to: vn('2026-02-16T09:00') }];
    await r.sleep('2026-02-16T09:00');
    await r.run('2026-02-18T03:10');
    await r.restart();
    await r.run('2026-02-19T21:00');
    sleeps.push({ from: vn('2026-02-19T21:00'), to: vn('2026-02-20T05:45') });
    await r.sleep('2026-02-20T05:45');
    await r.restart();
    await r.run('2026-02-23T08:00');

    const entries = r.services.reminders.engine.entries();
    const byKey = new Map(entries.map((e) => [e.reminder.key, e]));
    // Every scheduled reminder has one log entry, and nothing else was invented.
    expect(schedule.length).toBeGreaterThan(200);
    expect([...byKey.keys()].sort()).toEqual(schedule.map((s) => s.key).sort());

    const slept = (at: number) => sleeps.some((s) => at > s.from && at <= s.to);
    const missed = entries.filter((e) => e.status === 'missed');
    for (const e of missed) expect(slept(e.reminder.at) && sleeps.some((s) => e.reminder.deadline <= s.to && e.reminder.deadline > s.from)).toBe(true);
    expect(missed.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.status === 'sent' || e.status === 'missed')).toBe(true);

    // Not one reminder told twice: desktop notifications cover each desktop key once …
    const desktopSent = keysOf(entries, 'sent').filter((k) => byKey.get(k)?.reminder.channel === 'desktop');
    const shownCount = entries.filter((e) => e.reminder.channel === 'desktop' && e.status === 'sent').reduce((n, e) => n + 1 / Math.max(1, e.groupedWith), 0);
    expect(Math.round(shownCount)).toBe(r.notifier.shown.length);
    // … and every email went out once, with its own Message-ID.
    const mailIds = r.mailer.sent.map((m) => m.messageId);
    expect(new Set(mailIds).size).toBe(mailIds.length);
    expect(mailIds.length).toBe(keysOf(entries, 'sent').length - desktopSent.length);

    // What fell due while asleep for a shift not yet started was told on waking, not dropped.
    const toldOnWaking = entries.filter((e) => e.status === 'sent' && sleeps.some((s) => e.reminder.at > s.from && e.reminder.at <= s.to));
    expect(toldOnWaking.length).toBeGreaterThan(0);
    for (const e of toldOnWaking) expect(sleeps.some((s) => e.updatedAt === new Date(s.to).toISOString())).toBe(true);

    // The IT head heard of the empty seat, and of the shift change in the words of the issue.
    expect(r.notifier.shown.some((n) => n.title.startsWith('Ca trực còn trống chỗ: Ca sáng 06:00'))).toBe(true);
    expect(r.notifier.shown.find((n) => n.body.startsWith('Ca đêm 22:00 bắt đầu sau 30 phút — '))?.body).toMatch(
      /^Ca đêm 22:00 bắt đầu sau 30 phút — .+, .+; lãnh đạo trực: (Lê Văn Hùng|Phạm Thị Lan) \(09/,
    );

    const counts = { scheduled: schedule.length, sent: keysOf(entries, 'sent').length, missed: missed.length, notifications: r.notifier.shown.length, mails: mailIds.length };
    console.info('9-day Tết:', JSON.stringify(counts));
  }, 120_000);

  it('shows a reminder interrupted between "sending" and "sent" as uncertain and never sends it again', async () => {
    const r = await rig('2026-02-13T14:00');
    await storePlan(r.services, tetRoster());
    // The first notification hangs: the process dies with the entry written as sending.
    const hanging: Notifier = { show: () => new Promise(() => {}) };
    await r.restart({ notifier: hanging });
    void r.run('2026-02-13T16:31');
    const sending = () => r.services.reminders.engine.entries().filter((e) => e.status === 'sending');
    await expect.poll(() => sending().filter((e) => e.reminder.kind === 'handover').length, { timeout: 10_000 }).toBe(1);
    const interrupted = sending();
    expect(interrupted.map((e) => e.reminder.kind)).toEqual(['handover']);

    await r.restart();
    await r.run('2026-02-13T18:00');
    const after = r.services.reminders.engine.entries();
    const entry = after.find((e) => e.reminder.key === interrupted[0]?.reminder.key);
    expect(entry?.status).toBe('uncertain');
    expect(viText(entry?.reason)).toMatch(/không gửi lại/);
    expect(r.notifier.shown.filter((n) => n.body === interrupted[0]?.reminder.body)).toHaveLength(0);
  });

  it('tells a person taken off a shift by re-publishing that it is cancelled, instead of reminding them', async () => {
    const r = await rig('2026-02-15T20:00');
    const v1 = tetRoster();
    await storePlan(r.services, v1);
    await r.services.reminders.engine.start();
    await r.run('2026-02-16T00:00');
    // The day-before reminder of the Giao thừa night (16/02 22:00) went to its technician.
    const seatId = '2026-02-16/dem/ky-thuat';
    const removed = v1.assignments.find((a) => a.seatId === seatId)!.staffId;
    const replacement = removed === 'kt-03' ? 'kt-04' : 'kt-03';
    const toldBefore = r.mailer.sent.filter((m) => m.to.startsWith(removed) && m.text.includes('Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026'));
    expect(toldBefore).toHaveLength(1);

    const v2 = publish({ ...v1, assignments: v1.assignments.map((a) => (a.seatId === seatId ? { ...a, staffId: replacement } : a)) }, new Date(vn('2026-02-16T08:00')).toISOString());
    await r.run('2026-02-16T08:00');
    await storePlan(r.services, v2);
    await r.run('2026-02-16T23:00');

    const toRemoved = r.mailer.sent.filter((m) => m.to.startsWith(removed) && m.subject.includes('Ca đêm 22:00') && m.subject.includes('16/02/2026'));
    expect(toRemoved.map((m) => m.subject)).toEqual(['[Lịch Trực] Nhắc lịch trực: Ca đêm 22:00 Thứ Hai, 16/02/2026', '[Lịch Trực] Huỷ lịch trực: Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026']);
    expect(toRemoved[1]?.text).toMatch(/không còn trực .* theo phiên bản ban hành 2/);
    const toReplacement = r.mailer.sent.filter((m) => m.to.startsWith(replacement) && m.subject.includes('Ca đêm 22:00 Thứ Hai, 16/02/2026'));
    // The replacement's day-before moment passed while the shift is still ahead: told once, now.
    expect(toReplacement.length).toBe(2);
  });

  it("on a staff member's own computer reminds only of their shifts, and what fell due during sleep comes as one summary", async () => {
    const r = await rig('2026-02-13T08:00');
    await r.services.settings.update({ thisIsMe: 'kt-01' });
    const plan = tetRoster();
    await storePlan(r.services, plan);
    await r.services.reminders.engine.start();
    await r.run('2026-02-14T00:00');
    const mine = r.services.reminders.engine.upcoming();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => m.staffId === 'kt-01' && m.channel === 'desktop' && m.kind === 'shift')).toBe(true);

    const before = r.notifier.shown.length;
    await r.sleep('2026-02-16T05:30');
    const summary = r.notifier.shown.slice(before);
    const wokeAt = new Date(vn('2026-02-16T05:30')).toISOString();
    const toldOnWaking = r.services.reminders.engine.entries().filter((e) => e.updatedAt === wokeAt && e.status === 'sent');
    expect(toldOnWaking.length).toBeGreaterThan(1);
    expect(toldOnWaking.every((e) => e.groupedWith === toldOnWaking.length)).toBe(true);
    expect(summary).toHaveLength(1);
    expect(summary[0]?.title).toBe(`${toldOnWaking.length} nhắc nhở đến hạn trong lúc ứng dụng không chạy`);
    expect(summary[0]?.body.split('\n')).toHaveLength(toldOnWaking.length);
    expect(r.mailer.sent).toHaveLength(0);
  });

  it('tells the summary after sleep in the UI’s language', async () => {
    const r = await rig('2026-02-13T08:00');
    await r.services.settings.update({ thisIsMe: 'kt-01', language: 'en' });
    await storePlan(r.services, tetRoster());
    await r.services.reminders.engine.start();
    await r.run('2026-02-14T00:00');
    const before = r.notifier.shown.length;
    await r.sleep('2026-02-16T05:30');
    const [summary] = r.notifier.shown.slice(before);
    expect(summary?.title).toMatch(/^\d+ reminders came due while the app was not running$/);
  });
});

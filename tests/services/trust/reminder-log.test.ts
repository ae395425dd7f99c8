import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/app';
import { processStart } from '../../../electron/services/files/process-owner';
import type { LogEntry } from '../../../shared/reminders/schema';
import { vn } from '../../helpers/clock';
import { storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { reminderServices, setUpMail, told } from '../../helpers/reminder-services';
import { sequentialIds } from '../../helpers/services';
import { viText } from '../../helpers/said';

const MINUTE = 60_000;

/**
 * `engines` reminder engines over one data folder (two app instances, the app and browser mode,
 * two computers on a shared folder), on one fake clock, mailing and notifying into one record.
 */
async function folder(start: string, engines = 1) {
  const env = reminderServices({ now: vn(start) });
  const { dataDir, clock, timer, notifier, mailer } = env;
  // Each engine is its own process, numbering its ids from the start.
  const build = () => env.restart({ ids: sequentialIds() });
  let all: Services[] = Array.from({ length: engines }, build);
  await setUpMail(all[0]!);
  await storePlan(all[0]!, tetRoster());
  const idle = () => Promise.all(all.map((s) => s.reminders.engine.idle())).then(() => {});
  return {
    dataDir,
    clock,
    mailer,
    notifier,
    get services() {
      return all[0]!;
    },
    async start() {
      for (const s of all) await s.reminders.engine.start();
    },
    run: (untilVn: string) => timer.runUntil(vn(untilVn), idle),
    /** Every engine stops; new ones start over the same folder (as after a crash and a restart). */
    async restart() {
      for (const s of all) s.reminders.engine.stop();
      timer.pending.clear();
      all = Array.from({ length: engines }, build);
      for (const s of all) await s.reminders.engine.start();
    },
  };
}

const logPath = (dataDir: string) => join(dataDir, 'reminders.json');

/** Puts `entry` in the log on disk in place of the one of its reminder, as another process would. */
async function rewriteEntry(f: Awaited<ReturnType<typeof folder>>, entry: LogEntry): Promise<void> {
  await f.services.ctx.store.lock.run(() => {
    const doc = JSON.parse(readFileSync(logPath(f.dataDir), 'utf8')) as { entries: LogEntry[] };
    f.services.ctx.store.write({ name: 'reminders' }, { ...doc, entries: doc.entries.map((e) => (e.reminder.key === entry.reminder.key ? entry : e)) });
  });
}

describe('the reminder log lost', () => {
  it('is restored from its backup, and nothing already told is told again', async () => {
    const f = await folder('2026-02-13T12:00');
    await f.start();
    await f.run('2026-02-14T12:00');
    const before = told(f);
    expect(before.length).toBeGreaterThan(5);
    expect(f.services.ctx.backups.list({ name: 'reminders' }).length).toBeGreaterThan(0);

    writeFileSync(logPath(f.dataDir), readFileSync(logPath(f.dataDir), 'utf8').slice(0, 200));
    await f.restart();
    await f.run('2026-02-14T12:30');

    expect(told(f)).toEqual(before);
    const notice = f.services.ctx.store.notices().find((n) => n.file === 'reminders.json');
    expect(viText(notice?.outcome)).toMatch(/^Đã khôi phục từ bản sao lưu lúc .*được coi là đã gửi và sẽ không gửi lại/);
  });

  it('without any backup counts every past reminder as told (and says so), and still tells the coming ones', async () => {
    const f = await folder('2026-02-13T12:00');
    await f.start();
    await f.run('2026-02-14T12:00');
    const before = told(f);
    f.services.reminders.engine.stop();
    writeFileSync(logPath(f.dataDir), '');
    rmSync(join(f.dataDir, 'backups', 'reminders'), { recursive: true });

    await f.restart();
    expect(told(f)).toEqual(before);
    const notice = f.services.ctx.store.notices().find((n) => n.file === 'reminders.json');
    expect(viText(notice?.outcome)).toMatch(/Không có bản sao lưu hợp lệ.*được coi là đã gửi và sẽ không gửi lại/);
    const uncertain = f.services.reminders.engine.entries().filter((e) => e.status === 'uncertain');
    expect(uncertain.length).toBeGreaterThan(0);
    expect(uncertain.every((e) => /không khôi phục được/.test(viText(e.reason)))).toBe(true);

    await f.run('2026-02-14T18:00');
    expect(told(f).length).toBeGreaterThan(before.length);
  });
});

describe('documents of a newer app version', () => {
  it('a newer reminders.json is refused as too new, left as it is, and nothing is sent from it', async () => {
    const f = await folder('2026-02-13T12:00');
    // Far ahead of any version this app knows (the log is at 2 since readiness reminders).
    const newer = JSON.stringify({ schemaVersion: 99, entries: [], deliveries: {} });
    writeFileSync(logPath(f.dataDir), newer);

    await expect(f.start()).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
    await f.run('2026-02-14T12:00');

    expect(await f.services.registry.dispatch('reminders:log', undefined)).toMatchObject({ ok: false, error: { code: 'STORE_TOO_NEW' } });
    expect(told(f)).toEqual([]);
    expect(readFileSync(logPath(f.dataDir), 'utf8')).toBe(newer);
  });

  it('a newer mail.json is refused as too new, not emptied', async () => {
    const f = await folder('2026-02-13T12:00');
    const newer = JSON.stringify({ schemaVersion: 2, host: 'smtp.moi.example.vn', oauth: {} });
    writeFileSync(join(f.dataDir, 'mail.json'), newer);

    expect(await f.services.registry.dispatch('mail:settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'STORE_TOO_NEW' } });
    expect(await f.services.registry.dispatch('mail:settings:update', { port: 25 })).toMatchObject({ ok: false, error: { code: 'STORE_TOO_NEW' } });
    expect(readFileSync(join(f.dataDir, 'mail.json'), 'utf8')).toBe(newer);
    expect(existsSync(join(f.dataDir, 'corrupt'))).toBe(false);
  });
});

describe('two engines over one data folder', () => {
  it('tell every reminder once between them over two days', async () => {
    const f = await folder('2026-02-13T12:00', 2);
    await f.start();
    await f.run('2026-02-15T12:00');
    await f.restart();
    await f.run('2026-02-15T14:00');

    const mails = f.mailer.sent.map((m) => m.messageId);
    expect(mails.length).toBeGreaterThan(20);
    expect(new Set(mails).size).toBe(mails.length);
    const shown = f.notifier.shown.map((n) => `${n.title}|${n.body}`);
    expect(shown.length).toBeGreaterThan(5);
    expect(new Set(shown).size).toBe(shown.length);
    const entries = f.services.reminders.engine.entries();
    expect(entries.filter((e) => e.reminder.channel === 'email' && e.status === 'sent')).toHaveLength(mails.length);
  });

  it("never takes over a live engine's delivery in progress as interrupted", async () => {
    const f = await folder('2026-02-13T12:00', 1);
    await f.start();
    await f.run('2026-02-13T16:00');
    f.clock.advance(MINUTE);
    // Another process (alive: this test's own pid, another engine) is sending one right now.
    const entry = f.services.reminders.engine.entries()[0]!;
    const inFlight = { ...entry, status: 'sending' as const, claimedBy: { pid: process.ppid, host: entry.claimedBy!.host, started: processStart(process.ppid), engine: 'khac' } };
    await rewriteEntry(f, inFlight);

    await f.restart();

    expect(f.services.reminders.engine.entries().find((e) => e.reminder.key === entry.reminder.key)?.status).toBe('sending');
  });

  it.runIf(process.platform === 'linux')('takes a delivery claimed by a dead engine whose pid another process has since got as interrupted, and never sends it again', async () => {
    const f = await folder('2026-02-13T12:00', 1);
    await f.start();
    await f.run('2026-02-13T16:00');
    f.clock.advance(MINUTE);
    const entry = f.services.reminders.engine.entries().find((e) => e.reminder.channel === 'email' && e.status === 'sent')!;
    const mailsOf = () => f.mailer.sent.filter((m) => m.messageId === entry.messageId);
    expect(mailsOf()).toHaveLength(1);
    // Its engine died after the mail left and before it logged it sent; a live process (this test's
    // parent) got its pid since: same pid, another start.
    await rewriteEntry(f, { ...entry, status: 'sending', claimedBy: { pid: process.ppid, host: entry.claimedBy!.host, started: 'an-earlier-boot:4242', engine: 'khac' } });

    await f.restart();
    await f.run('2026-02-13T18:00');

    // Before: the live pid passed for its engine, so the delivery stayed "sending" for good.
    const after = f.services.reminders.engine.entries().find((e) => e.reminder.key === entry.reminder.key);
    expect(after?.status).toBe('uncertain');
    expect(viText(after?.reason)).toMatch(/không gửi lại/);
    expect(mailsOf()).toHaveLength(1);
  });
});

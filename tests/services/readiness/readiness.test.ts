import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READINESS_SCHEMA_VERSION } from '../../../shared/readiness/schema';
import { tetPlan } from '../../helpers/tet-plan';
import { vn } from '../../helpers/clock';
import { storePlan } from '../../helpers/publish';
import { TET_STAFF, tetRoster } from '../../helpers/reminders';
import { reminderServices, setUpMail } from '../../helpers/reminder-services';
import { tempServices } from '../../helpers/services';
import { say } from '../../../shared/i18n';
import { inVietnamese } from '../../helpers/said';

const PLAN = 'tet-2026';
/** A draft Tết 2026 plan (13/02 17:00 → 23/02 07:30): readiness work comes before anything is published. */
const draft = () => tetPlan({ staff: TET_STAFF });
const file = (dataDir: string, ...dir: string[]) => join(dataDir, ...dir, `${PLAN}.json`);

async function withPlan(now = '2026-01-20T09:00') {
  const env = tempServices({ now: new Date(vn(now)) });
  await storePlan(env.services, draft());
  return env;
}

describe('the readiness service over a real store', () => {
  it('shows the seed until the first change writes readiness/<plan>.json, and every channel validates its input', async () => {
    const env = await withPlan();
    const { registry } = env.services;
    const seeded = await registry.dispatch('readiness:get', { planId: PLAN });
    if (!seeded.ok) throw new Error(say('vi', seeded.error.message));
    expect(seeded.data).toMatchObject({ stored: false, defaultDue: '2026-02-12', latestDue: '2026-02-12', today: '2026-01-20', overdue: [], late: [] });
    expect(existsSync(file(env.dataDir, 'readiness'))).toBe(false);

    const assigned = await registry.dispatch('readiness:update', { planId: PLAN, taskId: 'patches', changes: { assigneeId: 'kt-01', due: '2026-02-06' } });
    expect(assigned.ok).toBe(true);
    const onDisk = JSON.parse(readFileSync(file(env.dataDir, 'readiness'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(READINESS_SCHEMA_VERSION);
    expect(onDisk.tasks.find((t: { id: string }) => t.id === 'patches')).toMatchObject({ assigneeId: 'kt-01', assigneeName: 'Nguyễn Văn An', due: '2026-02-06' });

    const late = await registry.dispatch('readiness:update', { planId: PLAN, taskId: 'patches', changes: { due: '2026-02-13' } });
    expect(inVietnamese(late)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('chậm nhất ngày 12/02/2026') } });
    expect(await registry.dispatch('readiness:update', { planId: PLAN, taskId: 'patches', changes: { due: '06/02/2026' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', where: 'changes.due' },
    });
    expect(await registry.dispatch('readiness:add', { planId: PLAN, title: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', where: 'title' } });
    expect(await registry.dispatch('readiness:add', { planId: PLAN, title: 'Kiểm tra\u0007 UPS' })).toMatchObject({ ok: false });
    expect(await registry.dispatch('readiness:update', { planId: PLAN, taskId: 'patches', changes: { assigneeId: 'ghost' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await registry.dispatch('readiness:get', { planId: 'khong-co' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('counts a task overdue by the clock once its due day is over, until it is done', async () => {
    const env = await withPlan();
    const readiness = () => env.services.readiness;
    await readiness().update(PLAN, 'backup', { due: '2026-02-02', assigneeId: 'kt-02' });
    env.clock.set(new Date(vn('2026-02-02T23:59')));
    expect(readiness().view(PLAN).overdue).toEqual([]);
    env.clock.set(new Date(vn('2026-02-03T00:00')));
    expect(readiness().view(PLAN).overdue).toEqual(['backup']);
    await readiness().update(PLAN, 'backup', { status: 'done' });
    expect(readiness().view(PLAN).overdue).toEqual([]);
    // Past the window's start, every task still open is overdue.
    env.clock.set(new Date(vn('2026-02-13T18:00')));
    expect(readiness().view(PLAN).overdue).toHaveLength(6);
  });

  it('flags tasks no longer due before a window moved earlier', async () => {
    const env = await withPlan();
    await env.services.readiness.update(PLAN, 'botnet', { status: 'doing' });
    await env.services.plans.update(PLAN, { window: { start: '2026-02-10T17:00', end: '2026-02-23T07:30' } });
    const view = env.services.readiness.view(PLAN);
    expect(view.late).toHaveLength(7);
    expect(view.latestDue).toBe('2026-02-09');
  });

  it('deletes with an undo that puts the task back, and goes to the trash and back with its plan', async () => {
    const env = await withPlan();
    const { readiness, plans } = env.services;
    const { removed } = await readiness.remove(PLAN, 'malware');
    expect(readiness.view(PLAN).tasks.map((t) => t.id)).not.toContain('malware');
    await readiness.restore(PLAN, removed);
    expect(readiness.view(PLAN).tasks[2]?.id).toBe('malware');

    await plans.delete(PLAN);
    expect(existsSync(file(env.dataDir, 'readiness'))).toBe(false);
    expect(existsSync(file(env.dataDir, 'trash', 'readiness'))).toBe(true);
    await plans.restore(PLAN);
    expect(existsSync(file(env.dataDir, 'readiness'))).toBe(true);
    expect(readiness.view(PLAN)).toMatchObject({ stored: true });
    expect(readiness.view(PLAN).tasks).toHaveLength(7);
  });

  it('recovers a broken checklist from its backup and refuses, untouched, one written by a newer app', async () => {
    const env = await withPlan();
    await env.services.readiness.update(PLAN, 'backup', { note: 'lần 1' });
    await env.services.readiness.update(PLAN, 'backup', { note: 'lần 2' });
    writeFileSync(file(env.dataDir, 'readiness'), '{ "schemaVersion": 1, "tasks": [', 'utf8');
    const restarted = env.restart();
    expect(restarted.readiness.view(PLAN).tasks.find((t) => t.id === 'backup')?.note).toBe('lần 1');
    expect(restarted.ctx.store.notices().some((n) => n.file === 'readiness/tet-2026.json' && n.movedTo?.includes('corrupt'))).toBe(true);

    const newer = JSON.stringify({ ...JSON.parse(readFileSync(file(env.dataDir, 'readiness'), 'utf8')), schemaVersion: READINESS_SCHEMA_VERSION + 1 });
    writeFileSync(file(env.dataDir, 'readiness'), newer, 'utf8');
    const result = await env.restart().registry.dispatch('readiness:get', { planId: PLAN });
    expect(result).toMatchObject({ ok: false, error: { code: 'STORE_TOO_NEW' } });
    expect(readFileSync(file(env.dataDir, 'readiness'), 'utf8')).toBe(newer);
  });
});

describe('readiness reminders through the reminder engine', () => {
  async function rig(start: string) {
    const env = reminderServices({ now: vn(start) });
    const { clock, timer, mailer, notifier } = env;
    let services = env.services;
    await setUpMail(services);
    await storePlan(services, draft());
    return {
      clock,
      mailer,
      notifier,
      s: () => services,
      async restart() {
        services.reminders.engine.stop();
        services = env.restart();
        await services.reminders.engine.start();
      },
      run: (untilVn: string) => timer.runUntil(vn(untilVn), () => services.reminders.engine.idle()),
      /** The computer sleeps (or the app is closed) until then, then wakes. */
      async sleep(untilVn: string) {
        timer.pending.clear();
        clock.set(new Date(vn(untilVn)));
        await services.reminders.engine.wake();
      },
    };
  }

  it('emails each assignee once, the day before the due day, across restarts, a sleep and a moved due date; a task done first is never told', async () => {
    const r = await rig('2026-02-03T09:00');
    await r.s().readiness.update(PLAN, 'backup', { assigneeId: 'kt-02', due: '2026-02-05', note: 'Thử khôi phục CSDL một cửa' });
    await r.s().readiness.update(PLAN, 'botnet', { assigneeId: 'kt-03', due: '2026-02-06' });
    await r.s().readiness.update(PLAN, 'patches', { assigneeId: 'kt-01', due: '2026-02-06' });
    await r.s().readiness.update(PLAN, 'patches', { status: 'done' });
    await r.s().reminders.engine.start();
    expect(
      r
        .s()
        .reminders.engine.upcoming()
        .map((u) => [u.kind, u.recipient, u.at]),
    ).toEqual([
      ['readiness', 'kt-02@ttcntt.example.vn', vn('2026-02-04T08:00')],
      ['readiness', 'kt-03@ttcntt.example.vn', vn('2026-02-05T08:00')],
    ]);

    await r.run('2026-02-04T12:00');
    expect(r.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['kt-02@ttcntt.example.vn', '[Lịch Trực] Việc chuẩn bị đến hạn 05/02/2026: Kiểm tra sao lưu dữ liệu và khả năng khôi phục']]);
    expect(r.mailer.sent[0]?.text).toContain('Ghi chú: Thử khôi phục CSDL một cửa');

    // Told, then the due date moves and the app restarts: not told again. The other one falls due
    // while the computer sleeps and is told on waking, its due day not being over.
    await r.s().readiness.update(PLAN, 'backup', { due: '2026-02-09' });
    await r.restart();
    await r.sleep('2026-02-05T10:00');
    await r.run('2026-02-05T12:00');
    expect(r.mailer.sent.map((m) => m.to)).toEqual(['kt-02@ttcntt.example.vn', 'kt-03@ttcntt.example.vn']);

    // Handed to someone else: the new assignee is told, the first one never again.
    await r.s().readiness.update(PLAN, 'backup', { assigneeId: 'kt-04' });
    await r.sleep('2026-02-08T09:00');
    await r.restart();
    await r.run('2026-02-08T10:00');
    expect(r.mailer.sent.map((m) => m.to)).toEqual(['kt-02@ttcntt.example.vn', 'kt-03@ttcntt.example.vn', 'kt-04@ttcntt.example.vn']);
    expect(
      r
        .s()
        .reminders.engine.entries()
        .filter((e) => e.reminder.kind === 'readiness' && e.status === 'sent'),
    ).toHaveLength(3);
  });

  it("on the assignee's own computer, shows their task once as a notification that opens the reminders screen", async () => {
    const r = await rig('2026-02-03T09:00');
    await r.s().settings.update({ thisIsMe: 'kt-02' });
    await r.s().readiness.update(PLAN, 'backup', { assigneeId: 'kt-02', due: '2026-02-05' });
    await r.s().readiness.update(PLAN, 'botnet', { assigneeId: 'kt-03', due: '2026-02-05' });
    await r.s().reminders.engine.start();
    await r.run('2026-02-04T09:00');
    await r.restart();
    await r.run('2026-02-04T10:00');
    expect(r.notifier.shown).toEqual([
      { title: 'Việc chuẩn bị đến hạn 05/02/2026: Kiểm tra sao lưu dữ liệu và khả năng khôi phục', body: expect.stringContaining('Trần Thị Bình: anh/chị được giao'), target: null },
    ]);
    expect(r.mailer.sent).toEqual([]);
  });

  it('lists the readiness reminders first among the upcoming ones of a published plan: they come before its shifts', async () => {
    const r = await rig('2026-02-03T09:00');
    await storePlan(r.s(), tetRoster());
    await r.s().readiness.update(PLAN, 'backup', { assigneeId: 'kt-02', due: '2026-02-10' });
    const upcoming = r.s().reminders.engine.upcoming();
    expect(upcoming.length).toBeGreaterThan(100);
    expect(upcoming[0]).toMatchObject({ kind: 'readiness', at: vn('2026-02-09T08:00') });
    expect(upcoming.map((u) => u.at)).toEqual([...upcoming.map((u) => u.at)].sort((a, b) => a - b));
  });
});

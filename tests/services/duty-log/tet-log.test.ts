import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/app';
import { DutyLog } from '../../../shared/duty-log/schema';
import { pageShifts } from '../../../shared/duty-log/logged-plan';
import { shiftPages } from '../../../shared/duty-log/shift-page';
import { dutyLogSummary } from '../../../shared/duty-log/summary';
import { totalMinutes } from '../../../shared/export/timesheet';
import { vn } from '../../helpers/clock';
import { storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { tempServices, type TempServices } from '../../helpers/services';
import { inVietnamese, viText } from '../../helpers/said';

const MINUTE = 60_000;
const PLAN = 'tet-2026';
const logPath = (env: TempServices) => join(env.dataDir, 'duty-logs', `${PLAN}.json`);
const stored = (env: TempServices) => DutyLog.parse(JSON.parse(readFileSync(logPath(env), 'utf8')));

/** The real services over a temp folder on a fake clock, with the published Tết 2026 roster stored. */
async function tet(): Promise<TempServices & { s(): Services }> {
  const env = tempServices({ now: new Date(vn('2026-02-13T15:00')) });
  await storePlan(env.services, tetRoster());
  let current = env.services;
  return { ...env, s: () => current, restart: () => (current = env.restart()) };
}

describe('the duty log over a whole 9-day Tết, with restarts', () => {
  it('keeps every check-in, check, incident and handover, shift after shift, and its figures add up', async () => {
    const env = await tet();
    const { core } = env.s().dutyLog.bundle(PLAN);
    const shifts = pageShifts(core, env.s().dutyLog.read(PLAN));
    expect(shifts.length).toBeGreaterThanOrEqual(28);
    const absentSeat = '2026-02-17/sang/ky-thuat-attt';
    const replacedSeat = '2026-02-18/chieu/ky-thuat';
    let incidentId = '';
    let written = 0;

    for (const [index, shift] of shifts.entries()) {
      // Every few shifts the app is closed and opened again (a new process over the same folder).
      if (index % 5 === 4) env.restart();
      const dl = () => env.s().dutyLog;
      env.clock.set(new Date(shift.start - 10 * MINUTE));
      for (const a of core.assignments.filter((x) => x.seatId.startsWith(`${shift.id}/`))) {
        if (a.seatId === absentSeat) await dl().markAbsent(PLAN, { shiftId: shift.id, seatId: a.seatId, reason: 'ốm đột xuất' });
        else if (a.seatId === replacedSeat) {
          const by = a.staffId === 'kt-03' ? 'kt-04' : 'kt-03';
          await expect(dl().replace(PLAN, { shiftId: shift.id, seatId: a.seatId, staffId: by, reason: 'việc gia đình', confirm: false })).rejects.toMatchObject({ code: 'CONFLICT' });
          await dl().replace(PLAN, { shiftId: shift.id, seatId: a.seatId, staffId: by, reason: 'việc gia đình', at: env.clock.now().toISOString(), confirm: true });
        } else await dl().checkIn(PLAN, { shiftId: shift.id, staffId: a.staffId });
        written++;
      }
      env.clock.set(new Date(shift.start + 60 * MINUTE));
      const owed = shiftPages(core, dl().read(PLAN), env.clock.now().getTime()).find((p) => p.shift.id === shift.id)!.checks;
      // The last shift forgets the botnet list: visible as missing once it has ended.
      for (const { item } of owed.filter((c) => !(index === shifts.length - 1 && c.item.id === 'botnet'))) {
        await dl().tickCheck(PLAN, { shiftId: shift.id, checkId: item.id, done: true, note: '' });
        written++;
      }
      if (shift.id === '2026-02-16/dem') {
        // Found on the Giao thừa night, worked on the next morning, handled in the afternoon.
        env.clock.set(new Date(vn('2026-02-17T00:15')));
        const opened = await dl().openIncident(PLAN, {
          shiftId: shift.id,
          foundAt: new Date(vn('2026-02-17T00:10')).toISOString(),
          system: 'Cổng thông tin điện tử tỉnh',
          kind: 'ddos',
          severity: 'high',
          description: 'Lưu lượng truy cập tăng đột biến, trang chậm',
          status: 'open',
        });
        incidentId = opened.incidentId;
        env.clock.set(new Date(vn('2026-02-17T00:40')));
        await dl().updateIncident(PLAN, { incidentId, shiftId: shift.id, notice: { contact: 'Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)', note: 'Báo qua điện thoại' } });
      }
      if (shift.id === '2026-02-17/sang') await dl().updateIncident(PLAN, { incidentId, shiftId: shift.id, action: { text: 'Bật chống DDoS của nhà cung cấp' }, status: 'escalated' });
      if (shift.id === '2026-02-17/chieu') await dl().updateIncident(PLAN, { incidentId, shiftId: shift.id, action: { text: 'Lưu lượng trở lại bình thường' }, status: 'handled' });
      env.clock.set(new Date(shift.end - 15 * MINUTE));
      await dl().writeHandover(PLAN, { shiftId: shift.id, text: `Bàn giao ca ${shift.id}: hệ thống ổn định` });
      const leader = core.assignments.find((a) => a.seatId === `${shift.id}/lanh-dao`)!.staffId;
      await dl().signHandover(PLAN, { shiftId: shift.id, staffId: leader });
    }

    env.clock.set(new Date(vn('2026-02-23T09:00')));
    const final = env.restart().dutyLog.read(PLAN);
    expect(stored(env)).toEqual(final);
    const summary = dutyLogSummary(core, final, env.clock.now().getTime());
    const seats = core.assignments.length;
    expect(summary.seats).toEqual({ planned: seats, unfilled: 0, present: seats - 2, replaced: 1, absent: 1, unconfirmed: 0, expected: 0 });
    expect(written).toBeGreaterThan(seats);
    expect(summary.checks.owed - summary.checks.done).toBe(1);
    expect(summary.checks.shiftsWithMissing).toBe(1);
    expect(summary.incidents.byStatus).toEqual({ open: 0, escalated: 0, handled: 1 });
    const pages = shiftPages(core, final, env.clock.now().getTime());
    expect(pages.filter((p) => p.incidents.length).map((p) => p.shift.id)).toEqual(['2026-02-16/dem', '2026-02-17/sang', '2026-02-17/chieu']);
    // Each page shows what the previous shift handed over, signed by its leader.
    for (const page of pages.slice(1)) expect(page.incoming?.handover.signedOff).not.toBeNull();
    expect(pages[0]!.incoming).toBeNull();
    // The timesheet of the actual roster: the absent seat's hours are nobody's, the replacement's moved.
    const total = (sheet: typeof summary.timesheet.actual) => sheet.reduce((n, e) => n + totalMinutes(e), 0);
    expect(total(summary.timesheet.planned) - total(summary.timesheet.actual)).toBe(8 * 60);
    // Backups were taken as the log was written; never more than the store keeps.
    const backups = readdirSync(join(env.dataDir, 'backups', 'duty-logs', PLAN));
    expect(backups.length).toBeGreaterThan(1);
    expect(backups.length).toBeLessThanOrEqual(8);
  }, 120_000);
});

describe('the duty log store', () => {
  it('survives re-publishing: the planned roster changes, the log keeps what happened', async () => {
    const env = await tet();
    env.clock.set(new Date(vn('2026-02-14T06:05')));
    const seat = '2026-02-14/sang/ky-thuat';
    const holder = tetRoster().assignments.find((a) => a.seatId === seat)!.staffId;
    await env.s().dutyLog.checkIn(PLAN, { shiftId: '2026-02-14/sang', staffId: holder });
    const plan = env.s().plans.get(PLAN);
    const other = holder === 'kt-03' ? 'kt-04' : 'kt-03';
    await env.s().plans.update(PLAN, { assignments: plan.assignments.map((a) => (a.seatId === seat ? { ...a, staffId: other } : a)) });
    await env.s().plans.publish(PLAN, 'Đổi người ca sáng 14/02');
    const bundle = env.s().dutyLog.bundle(PLAN);
    expect(bundle.plan.version).toBe(2);
    const page = shiftPages(bundle.core, bundle.log, env.clock.now().getTime()).find((p) => p.shift.id === '2026-02-14/sang')!;
    const held = page.seats.find((s) => s.seat.id === seat)!;
    // As re-published the seat is the other person's; who came is still who came.
    expect(held).toMatchObject({ planned: other, actual: holder, state: 'present' });
  });

  it('goes to the trash with its plan and comes back with it', async () => {
    const env = await tet();
    await env.s().dutyLog.addNote(PLAN, { shiftId: '2026-02-13/chieu', text: 'Bắt đầu trực' });
    await env.s().plans.delete(PLAN);
    expect(existsSync(logPath(env))).toBe(false);
    expect(existsSync(join(env.dataDir, 'trash', 'duty-logs', `${PLAN}.json`))).toBe(true);
    await env.s().plans.restore(PLAN);
    expect(
      env
        .s()
        .dutyLog.read(PLAN)
        .shifts[0]?.notes.map((n) => n.text),
    ).toEqual(['Bắt đầu trực']);
  });

  it('moves a corrupt log aside, restores the newest backup and reports it at start-up', async () => {
    const env = await tet();
    await env.s().dutyLog.addNote(PLAN, { shiftId: '2026-02-13/chieu', text: 'Ghi chép thứ nhất' });
    env.clock.advance(10 * MINUTE);
    await env.s().dutyLog.addNote(PLAN, { shiftId: '2026-02-13/chieu', text: 'Ghi chép thứ hai' });
    writeFileSync(logPath(env), '{"schemaVersion": 1, "planId": "tet-2026", "checklist": [');
    const notices = env.restart().startupCheck();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ file: 'duty-logs/tet-2026.json' });
    expect(viText(notices[0]!.outcome)).toMatch(/^Đã khôi phục từ bản sao lưu/);
    expect(readdirSync(join(env.dataDir, 'corrupt'))).toEqual([expect.stringMatching(/^duty-logs_tet-2026\..+\.json$/)]);
    expect(
      env
        .s()
        .dutyLog.read(PLAN)
        .shifts[0]?.notes.map((n) => n.text),
    ).toEqual(['Ghi chép thứ nhất']);
  });

  it('loses nothing when the app and the CLI write at the same moment', async () => {
    const env = await tet();
    const other = env.restart();
    const first = env.services;
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => first.dutyLog.addNote(PLAN, { shiftId: '2026-02-13/chieu', text: `ứng dụng ${i}` })),
      ...Array.from({ length: 6 }, (_, i) => other.dutyLog.addNote(PLAN, { shiftId: '2026-02-13/chieu', text: `dòng lệnh ${i}` })),
    ]);
    expect(stored(env).shifts[0]?.notes).toHaveLength(12);
  });

  it('refuses a log for a plan never published, and says why', async () => {
    const env = tempServices();
    const plan = await env.services.plans.create({ name: 'Nháp', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
    const result = await env.services.registry.dispatch('dutyLog:get', { planId: plan.id });
    expect(inVietnamese(result)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Kế hoạch "Nháp" chưa được ban hành: sổ nhật ký trực chỉ mở cho kế hoạch đã ban hành.', where: 'NOT_PUBLISHED' },
    });
  });

  it("bases a new plan's fairness history on what people actually did, and says so", async () => {
    const env = await tet();
    env.clock.set(new Date(vn('2026-02-14T06:05')));
    await env.s().dutyLog.markAbsent(PLAN, { shiftId: '2026-02-14/sang', seatId: '2026-02-14/sang/ky-thuat', reason: 'ốm' });
    const next = await env.s().plans.create({ name: 'Trực 30/4', window: { start: '2026-04-29T17:00', end: '2026-05-04T07:30' } });
    expect(next.historySources).toEqual([{ planId: PLAN, name: tetRoster().name, basis: 'actual' }]);
  });

  it("tells the next shift's people what was handed over, in their reminders", async () => {
    const env = await tet();
    await env.s().mailSettings.update({ host: 'smtp.example.vn', senderAddress: 'lichtruc@example.vn' });
    env.clock.set(new Date(vn('2026-02-13T20:30')));
    await env.s().dutyLog.writeHandover(PLAN, { shiftId: '2026-02-13/chieu', text: 'Theo dõi tiếp cảnh báo mã độc trên máy PC-12' });
    const upcoming = env
      .s()
      .reminders.engine.upcoming()
      .filter((r) => r.shiftId === '2026-02-13/dem');
    expect(upcoming.length).toBeGreaterThan(0);
    for (const r of upcoming) expect(r.body).toContain('Ca trước bàn giao: Theo dõi tiếp cảnh báo mã độc trên máy PC-12');
    expect(
      env
        .s()
        .reminders.engine.upcoming()
        .filter((r) => r.shiftId === '2026-02-14/sang')
        .every((r) => !r.body.includes('Ca trước bàn giao')),
    ).toBe(true);
  });
});

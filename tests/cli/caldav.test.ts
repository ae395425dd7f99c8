import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { CaldavPublishResult } from '../../shared/caldav/result';
import { personCalendars } from '../../shared/export/ics/roster-calendars';
import { exportSource } from '../../shared/export/source';
import type { Plan } from '../../shared/plan/schema';
import { readWithPythonCaldav, startRadicale, type TestRadicale } from '../helpers/radicale';
import { tetRoster } from '../helpers/reminders';
import { tempDir, tempServices, writeJsonFile } from '../helpers/services';

let radicale: TestRadicale;
beforeAll(async () => {
  radicale = await startRadicale();
});
afterAll(() => radicale?.stop());

const WINDOW = { start: '2026-02-16T07:30', end: '2026-02-18T07:30' };

/** A data folder with the unit's email (the calendars' ORGANIZER) and a plan file beside it. */
async function setUp(id: string) {
  const { services, dataDir } = tempServices();
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  const plan: Plan = { ...tetRoster({ window: WINDOW }), id };
  const file = writeJsonFile(join(tempDir(), `${id}.lichtruc.json`), plan);
  const total = personCalendars(exportSource(plan, new Date(plan.updatedAt)), services.settings.get()).reduce((n, c) => n + (c.ics.match(/BEGIN:VEVENT/g)?.length ?? 0), 0);
  return { dataDir, file, plan, total };
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, { env, caldav: { retryDelaysMs: [20] } });
  return { code, out, err };
}

/** The event files in Radicale's own storage, read while a publish runs. */
const stored = (plan: Plan) =>
  (existsSync(join(radicale.storage, 'collection-root', radicale.user)) ? readdirSync(join(radicale.storage, 'collection-root', radicale.user), { withFileTypes: true }) : [])
    .filter((d) => d.isDirectory() && d.name.startsWith(`lich-truc-${plan.id}-`))
    .flatMap((d) => readdirSync(join(radicale.storage, 'collection-root', radicale.user, d.name)).filter((f) => f.endsWith('.ics')));

describe('lich-truc caldav publish', () => {
  it('--dry-run prints what would be sent without a password; the password comes from LICH_TRUC_CALDAV_PASSWORD, never the command line', async () => {
    const { dataDir, file, plan, total } = await setUp('cli-caldav');
    const base = ['--data-dir', dataDir, 'caldav', 'publish', file, '--url', radicale.url, '--user', radicale.user];

    const dry = await cli([...base, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^Chạy thử: chưa gửi gì lên máy chủ\.\n/);
    expect(dry.out).toMatch(/^Lê Văn Hùng: \d+ tạo mới$/m);
    expect(dry.out).toContain('16/02/2026 07:30 Trực ATTT — Ca sáng');
    expect(stored(plan)).toEqual([]);

    const none = await cli(base);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Thiếu mật khẩu: đặt biến môi trường LICH_TRUC_CALDAV_PASSWORD');

    const wrong = await cli(base, { LICH_TRUC_CALDAV_PASSWORD: 'sai' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^Lỗi: Máy chủ CalDAV 127\.0\.0\.1:\d+ từ chối tên đăng nhập "truongphong" hoặc mật khẩu \(401\)/);

    const done = await cli([...base, '--json'], { LICH_TRUC_CALDAV_PASSWORD: radicale.password });
    expect(done.code).toBe(0);
    expect((JSON.parse(done.out) as CaldavPublishResult).complete).toBe(true);
    expect(stored(plan)).toHaveLength(total);

    const again = await cli(base, { LICH_TRUC_CALDAV_PASSWORD: radicale.password });
    expect(again.out).toMatch(/^Đã xuất bản đầy đủ lên máy chủ lịch\.\n/);
    expect(again.out).toContain(`Lê Văn Hùng: `);
    expect(again.out).not.toMatch(/tạo mới|cập nhật/);
  });

  it('a publish killed with SIGKILL halfway resumes on the next run: every event once, none missing', async () => {
    const { dataDir, file, plan, total } = await setUp('cli-caldav-kill');
    const args = ['--data-dir', dataDir, 'caldav', 'publish', file, '--url', radicale.url, '--user', radicale.user, '--target', 'per-person'];
    // One process (tsx's own launcher would leave its child running after the kill).
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
      env: { ...process.env, LICH_TRUC_CALDAV_PASSWORD: radicale.password },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 2400 && stored(plan).length < 6; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = stored(plan).length;
    expect(before).toBeGreaterThanOrEqual(6);
    expect(before).toBeLessThan(total);

    const resumed = await cli(args, { LICH_TRUC_CALDAV_PASSWORD: radicale.password });
    expect(resumed.code).toBe(0);
    expect(resumed.out).toMatch(/^Đã xuất bản đầy đủ/);
    const objects = readWithPythonCaldav(radicale, `/lich-truc-${plan.id}-`).flatMap((c) => c.objects);
    expect(objects).toHaveLength(total);
    expect(new Set(objects.map((o) => o.events[0]!.uid)).size).toBe(total);
  }, 60_000);
});

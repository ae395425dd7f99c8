import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FolderPicker } from '../../../electron/services/adapters';
import type { Services } from '../../../electron/services/app';
import { AppError } from '../../../shared/errors/app-error';
import { personCalendars } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { publish, storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { tempDir, tempServices } from '../../helpers/services';

const WINDOW = { start: '2026-02-16T07:30', end: '2026-02-18T07:30' };
const BASE = 'https://intranet.stttt.example.vn/lich/';
const TOKEN_FILE = /^[0-9a-f]{32}\.ics$/;

async function rig(options: { folderPicker?: FolderPicker } = {}) {
  const folder = tempDir('lich-truc-feed-');
  const temp = tempServices({ now: '2026-02-10T02:00:00.000Z', ...options });
  const { services } = temp;
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  await services.feedSettings.setFolder(folder);
  await services.feedSettings.update({ baseUrl: BASE });
  return { ...temp, services, folder };
}

async function storedPlan(services: Services, id = 'feed-tet'): Promise<Plan> {
  const plan: Plan = { ...tetRoster({ window: WINDOW, name: 'Trực Tết Bính Ngọ 2026' }), id };
  await storePlan(services, plan);
  return plan;
}

const feedNames = (folder: string) => readdirSync(folder).filter((n) => TOKEN_FILE.test(n));

describe('writing the feed folder', () => {
  it('writes one file per person and one for the whole roster, under unguessable names, equal to the export', async () => {
    const { services, folder } = await rig();
    const plan = await storedPlan(services);

    const result = await services.feed.write({ planId: plan.id });

    const exported = personCalendars(exportSource(plan, services.ctx.clock.now()), services.settings.get());
    expect(result.files).toHaveLength(exported.length + 1);
    expect(feedNames(folder).sort()).toEqual(result.files.map((f) => f.fileName).sort());
    expect(readdirSync(folder).sort()).toEqual([...feedNames(folder), 'index.html'].sort());
    // Nothing in a name says whose it is, and no two are alike.
    expect(new Set(result.files.map((f) => f.fileName)).size).toBe(result.files.length);
    for (const file of result.files) {
      expect(file.fileName).toMatch(TOKEN_FILE);
      expect(file.url).toBe(`${BASE}${file.fileName}`);
      expect(file.webcal).toBe(`webcal://intranet.stttt.example.vn/lich/${file.fileName}`);
    }
    for (const person of exported) {
      const file = result.files.find((f) => f.staffId === person.staffId)!;
      const written = readFileSync(join(folder, file.fileName), 'utf8');
      // The exported file's events exactly, with the feed's own calendar properties.
      const veventsOf = (ics: string) => ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.lastIndexOf('END:VEVENT'));
      expect(veventsOf(written)).toBe(veventsOf(person.ics));
      expect(written).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
      expect(written).toContain('X-PUBLISHED-TTL:PT1H\r\n');
    }
    expect(services.feed.status(plan.id)).toMatchObject({ publishedVersion: 1, stale: false, last: { version: 1 } });
  });

  it('keeps every address across versions and restarts; v2 rewrites the files in place (SEQUENCE up, removed shifts cancelled)', async () => {
    const { services, folder, restart } = await rig();
    const v1 = await storedPlan(services);
    const first = await services.feed.write({ planId: v1.id });
    const before = new Map(first.files.map((f) => [f.staffId, readFileSync(join(folder, f.fileName), 'utf8')]));

    const dropped = v1.assignments.find((a) => a.staffId === 'kt-01')!.seatId;
    const v2 = publish({ ...v1, assignments: v1.assignments.filter((a) => a.seatId !== dropped) }, '2026-02-05T02:00:00.000Z');
    await storePlan(services, v2);
    expect(services.feed.status(v1.id)).toMatchObject({ publishedVersion: 2, stale: true, last: { version: 1 } });

    const again = restart();
    const second = await again.feed.write({ planId: v1.id });
    expect(second.files.map((f) => [f.staffId, f.fileName])).toEqual(first.files.map((f) => [f.staffId, f.fileName]));
    expect(second.removed).toEqual([]);
    expect(feedNames(folder)).toHaveLength(first.files.length);
    const kt01 = readFileSync(join(folder, second.files.find((f) => f.staffId === 'kt-01')!.fileName), 'utf8');
    expect(kt01).toContain('STATUS:CANCELLED');
    expect(kt01).toContain('SEQUENCE:1');
    // A file changed exactly when the person's exported file did (DTSTAMP aside: it is the version's instant).
    const stampless = (ics: string) => ics.replace(/^DTSTAMP:.*\r\n/gm, '');
    const exported = (plan: Plan) => new Map(personCalendars(exportSource(plan, services.ctx.clock.now()), services.settings.get()).map((c) => [c.staffId, stampless(c.ics)]));
    const [e1, e2] = [exported(v1), exported(v2)];
    const changed = second.files
      .filter((f) => f.staffId !== null)
      .map((f) => [stampless(readFileSync(join(folder, f.fileName), 'utf8')) !== stampless(before.get(f.staffId)!), e1.get(f.staffId!) !== e2.get(f.staffId!)]);
    expect(changed.map(([feed]) => feed)).toEqual(changed.map(([, exp]) => exp));
    expect(changed.some(([feed]) => feed) && changed.some(([feed]) => !feed)).toBe(true);
    expect(again.feed.status(v1.id)).toMatchObject({ stale: false, last: { version: 2 } });
  });

  it('gives each plan and each person its own address', async () => {
    const { services } = await rig();
    const a = await services.feed.write({ planId: (await storedPlan(services, 'plan-a')).id });
    const b = await services.feed.write({ planId: (await storedPlan(services, 'plan-b')).id });
    const names = [...a.files, ...b.files].map((f) => f.fileName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a new address for one person removes the file at the old one and leaves everyone else’s', async () => {
    const { services, folder } = await rig();
    const plan = await storedPlan(services);
    const first = await services.feed.write({ planId: plan.id });
    const old = first.files.find((f) => f.staffId === 'kt-02')!;

    const rotated = await services.feed.rotate({ planId: plan.id, staffId: 'kt-02' });

    const now = rotated.files.find((f) => f.staffId === 'kt-02')!;
    expect(now.fileName).not.toBe(old.fileName);
    expect(rotated.removed).toEqual([old.fileName]);
    expect(existsSync(join(folder, old.fileName))).toBe(false);
    expect(existsSync(join(folder, now.fileName))).toBe(true);
    expect(rotated.files.filter((f) => f.staffId !== 'kt-02').map((f) => f.fileName)).toEqual(first.files.filter((f) => f.staffId !== 'kt-02').map((f) => f.fileName));
    await expect(services.feed.rotate({ planId: plan.id, staffId: 'khong-co' })).rejects.toThrow(/Chưa có địa chỉ nguồn lịch nào của cán bộ khong-co/);
  });

  it('touches nothing else in the folder: the unit’s own index.html and files stay', async () => {
    const { services, folder } = await rig();
    writeFileSync(join(folder, 'index.html'), '<p>Trang của đơn vị</p>');
    writeFileSync(join(folder, 'lich-cu.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const plan = await storedPlan(services);
    await services.feed.write({ planId: plan.id });
    await services.feed.rotate({ planId: plan.id, staffId: null });
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('<p>Trang của đơn vị</p>');
    expect(existsSync(join(folder, 'lich-cu.ics'))).toBe(true);
  });

  it('says what is missing: a published version, the folder, its address, a folder that exists', async () => {
    const { services, folder } = await rig();
    const draft: Plan = { ...(await storedPlan(services)), id: 'nhap', versions: [] };
    await storePlan(services, draft);
    await expect(services.feed.write({ planId: 'nhap' })).rejects.toThrow(/chưa được ban hành/);
    await expect(services.feed.write({ planId: 'feed-tet', folder: join(folder, 'khong-co') })).rejects.toThrow(/khong-co không tồn tại/);
    await expect(services.feed.write({ planId: 'feed-tet', baseUrl: 'https://a:b@intranet/' })).rejects.toThrow(/mật khẩu/);

    const bare = tempServices().services;
    await storePlan(bare, { ...draft, id: 'x', versions: (await storedPlan(services, 'y')).versions });
    await expect(bare.feed.write({ planId: 'x' })).rejects.toThrow(/Chưa chọn thư mục nguồn lịch/);
    await bare.feedSettings.setFolder(folder);
    await expect(bare.feed.write({ planId: 'x' })).rejects.toThrow(/Chưa nhập địa chỉ web/);
  });
});

describe('feed settings', () => {
  it('the page can change the address and the interval, never the folder: that comes from the desktop’s folder dialog', async () => {
    const picked = tempDir('lich-truc-feed-picked-');
    const asked: string[] = [];
    const folderPicker: FolderPicker = async ({ title }) => (asked.push(title), picked);
    const { services, folder } = await rig({ folderPicker });

    const refused = await services.registry.dispatch('feed:settings:update', { folder: '/etc' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(services.feedSettings.view().folder).toBe(folder);

    // A one-field change keeps the others.
    const changed = await services.registry.dispatch('feed:settings:update', { refreshMinutes: 15 });
    expect(changed).toMatchObject({ ok: true, data: { folder, baseUrl: BASE, refreshMinutes: 15, ready: true, insecure: false } });
    expect(await services.registry.dispatch('feed:settings:update', { refreshMinutes: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const chosen = await services.registry.dispatch('feed:settings:chooseFolder', undefined);
    expect(asked).toHaveLength(1);
    expect(chosen).toMatchObject({ ok: true, data: { folder: picked, baseUrl: BASE, refreshMinutes: 15 } });
  });

  it('flags a plain-http address (anyone on the way reads the calendars) but accepts it for an intranet without TLS', async () => {
    const { services } = await rig();
    expect(await services.feedSettings.update({ baseUrl: 'http://10.0.0.5/lich' })).toMatchObject({ baseUrl: 'http://10.0.0.5/lich/', insecure: true });
    expect(await services.feedSettings.update({ baseUrl: 'http://localhost:8080/lich/' })).toMatchObject({ insecure: false });
    await expect(services.feedSettings.update({ baseUrl: 'lich' })).rejects.toBeInstanceOf(AppError);
  });
});

import Conf from 'conf';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from '../../shared/plan/schema';
import { defaultSettings } from '../../shared/settings/schema';
import { RecoveryNotice } from '../../shared/store/recovery';
import { planFile } from '../helpers/plans';
import { planInput } from '../helpers/tet-plan';
import { tempServices, writeJsonFile, type TempServices } from '../helpers/services';
import { viText } from '../helpers/said';

const MINUTE = 60_000;
const GARBAGE = '{"schemaVersion": 1, "language": "vi", "document": {"unitName": "TRUNG TÂM CNTT"';

const planPath = (env: TempServices, id: string) => join(env.dataDir, 'plans', `${id}.json`);
const backupsOf = (env: TempServices, id: string) => env.services.ctx.backups.list({ dir: 'plans', name: id });
const corruptFiles = (env: TempServices) => (existsSync(join(env.dataDir, 'corrupt')) ? readdirSync(join(env.dataDir, 'corrupt')) : []);

/** A plan renamed `count` times, `gapMinutes` apart on the injected clock. */
async function renamedPlan(env: TempServices, count: number, gapMinutes: number) {
  const plan = await env.services.plans.create(planInput({ name: 'Bản 0' }));
  for (let i = 1; i <= count; i++) {
    env.clock.advance(gapMinutes * MINUTE);
    await env.services.plans.rename(plan.id, `Bản ${i}`);
  }
  return plan;
}

describe('a corrupt settings file', () => {
  it('is moved aside with a timestamp, kept byte for byte, reported in Vietnamese, and defaults are used', () => {
    const env = tempServices({ now: '2026-01-10T02:00:00.000Z' });
    writeFileSync(join(env.dataDir, 'settings.json'), GARBAGE);

    const settings = env.restart().settings.get();

    expect(settings).toEqual(defaultSettings());
    expect(existsSync(join(env.dataDir, 'settings.json'))).toBe(false);
    expect(corruptFiles(env)).toEqual(['settings.2026-01-10T02-00-00-000Z.json']);
    expect(readFileSync(join(env.dataDir, 'corrupt', 'settings.2026-01-10T02-00-00-000Z.json'), 'utf8')).toBe(GARBAGE);
  });

  it('is reported once at start-up, in plain Vietnamese, with where the file went', () => {
    const env = tempServices();
    writeFileSync(join(env.dataDir, 'settings.json'), GARBAGE);

    const notices = env.restart().startupCheck();

    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(RecoveryNotice.parse(notice)).toMatchObject({ file: 'settings.json', at: '2026-01-10T02:00:00.000Z' });
    expect(notice?.movedTo).toBe(join(env.dataDir, 'corrupt', 'settings.2026-01-10T02-00-00-000Z.json'));
    expect(viText(notice?.reason)).toMatch(/^nội dung JSON bị hỏng/);
    expect(viText(notice?.outcome)).toMatch(/dùng cài đặt mặc định/);
  });

  it('is replaced by the last backup when there is one', async () => {
    const env = tempServices();
    await env.services.settings.update({ language: 'en' });
    env.clock.advance(10 * MINUTE);
    await env.services.settings.update({ organisation: { unitEmail: 'ttcntt@example.gov.vn' } });
    writeFileSync(join(env.dataDir, 'settings.json'), GARBAGE);

    const restarted = env.restart();

    expect(restarted.settings.get()).toMatchObject({ language: 'en' });
    expect(viText(restarted.ctx.store.notices()[0]?.outcome)).toMatch(/^Đã khôi phục từ bản sao lưu lúc/);
  });
});

describe('plan backups', () => {
  it('are taken before a plan is overwritten, at most one per five minutes', async () => {
    const env = tempServices();
    const plan = await renamedPlan(env, 3, 1);
    expect(backupsOf(env, plan.id)).toHaveLength(1);

    env.clock.advance(5 * MINUTE);
    await env.services.plans.rename(plan.id, 'Bản 4');

    expect(backupsOf(env, plan.id)).toHaveLength(2);
  });

  it('keep only the last eight', async () => {
    const env = tempServices();
    const plan = await renamedPlan(env, 12, 6);

    const kept = backupsOf(env, plan.id);

    expect(kept).toHaveLength(8);
    // Newest first; the oldest kept holds the plan as it was before the fifth rename.
    const oldest = JSON.parse(readFileSync(env.services.ctx.backups.path({ dir: 'plans', name: plan.id }, kept.at(-1)!), 'utf8'));
    expect(oldest.name).toBe('Bản 4');
  });
});

describe('a corrupt plan file', () => {
  it('is restored from the newest valid backup, skipping a broken one', async () => {
    const env = tempServices();
    const plan = await renamedPlan(env, 3, 6);
    const [newest] = backupsOf(env, plan.id);
    writeFileSync(env.services.ctx.backups.path({ dir: 'plans', name: plan.id }, newest!), 'hỏng');
    writeFileSync(planPath(env, plan.id), GARBAGE);

    const restarted = env.restart();

    // The newest backup held "Bản 2"; it is broken, so the one before it, "Bản 1", comes back.
    expect(restarted.plans.list().map((p) => p.name)).toEqual(['Bản 1']);
    expect(restarted.plans.get(plan.id).name).toBe('Bản 1');
    expect(corruptFiles(env)).toHaveLength(1);
    expect(restarted.ctx.store.notices().map((n) => ({ file: n.file, outcome: viText(n.outcome) }))).toEqual([{ file: `plans/${plan.id}.json`, outcome: expect.stringMatching(/^Đã khôi phục/) }]);
  });

  it('without a backup is reported, kept aside, and the other plans are still listed', async () => {
    const env = tempServices();
    const broken = await env.services.plans.create(planInput({ name: 'Sẽ hỏng' }));
    const intact = await env.services.plans.create(planInput({ name: 'Còn nguyên' }));
    writeFileSync(planPath(env, broken.id), GARBAGE);

    const restarted = env.restart();

    expect(restarted.plans.list().map((p) => p.id)).toEqual([intact.id]);
    expect(restarted.ctx.store.notices().map((n) => ({ file: n.file, outcome: viText(n.outcome) }))).toEqual([
      { file: `plans/${broken.id}.json`, outcome: expect.stringMatching(/Không có bản sao lưu hợp lệ/) },
    ]);
    expect(readFileSync(restarted.ctx.store.notices()[0]!.movedTo!, 'utf8')).toBe(GARBAGE);
  });

  it('that is valid JSON but not a valid plan is treated the same way', async () => {
    const env = tempServices();
    const plan = await env.services.plans.create(planInput());
    writeJsonFile(planPath(env, plan.id), planFile({ id: plan.id, window: { start: '2026-02-30T17:00', end: '2026-03-02T07:30' } }));

    const restarted = env.restart();

    expect(restarted.plans.list()).toEqual([]);
    expect(viText(restarted.ctx.store.notices()[0]?.reason)).toMatch(/window\.start/);
  });
});

describe('a plan written by a newer version of the app', () => {
  it('is never moved nor overwritten, and the other plans are still listed', async () => {
    const env = tempServices();
    const intact = await env.services.plans.create(planInput());
    const future = JSON.stringify(planFile({ id: 'tu-tuong-lai', schemaVersion: PLAN_SCHEMA_VERSION + 1, newField: { x: 1 } }), null, '\t');
    writeFileSync(planPath(env, 'tu-tuong-lai'), future);

    const restarted = env.restart();
    restarted.startupCheck();

    expect(restarted.plans.list().map((p) => p.id)).toEqual([intact.id]);
    expect(() => restarted.plans.get('tu-tuong-lai')).toThrow(/phiên bản Lịch Trực mới hơn/);
    await expect(restarted.plans.rename('tu-tuong-lai', 'Ghi đè')).rejects.toMatchObject({ code: 'STORE_TOO_NEW' });
    expect(readFileSync(planPath(env, 'tu-tuong-lai'), 'utf8')).toBe(future);
    expect(corruptFiles(env)).toEqual([]);
  });
});

describe('settings written by a newer version of the app', () => {
  it('do not stop start-up, are refused with a reason, and are never overwritten', async () => {
    const env = tempServices();
    const future = JSON.stringify({ schemaVersion: 99, language: 'vi', newOption: true }, null, '\t');
    writeFileSync(join(env.dataDir, 'settings.json'), future);

    const restarted = env.restart();

    expect(restarted.startupCheck()).toEqual([]);
    expect(await restarted.registry.dispatch('settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'STORE_TOO_NEW' } });
    expect(await restarted.registry.dispatch('settings:update', { language: 'en' })).toMatchObject({ ok: false, error: { code: 'STORE_TOO_NEW' } });
    expect(readFileSync(join(env.dataDir, 'settings.json'), 'utf8')).toBe(future);
  });
});

describe('files on disk', () => {
  it('are plain conf files, tab-indented, that conf itself reads', async () => {
    const env = tempServices();
    const plan = await env.services.plans.create(planInput());
    const settings = await env.services.settings.update({ language: 'en' });

    expect(readFileSync(planPath(env, plan.id), 'utf8')).toBe(JSON.stringify(plan, undefined, '\t'));
    expect(new Conf({ cwd: join(env.dataDir, 'plans'), configName: plan.id, projectName: 'lich-truc' }).store).toEqual(plan);
    expect(new Conf({ cwd: env.dataDir, configName: 'settings', projectName: 'lich-truc' }).store).toEqual(settings);
  });
});

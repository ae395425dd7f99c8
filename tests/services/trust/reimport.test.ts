import { describe, expect, it } from 'vitest';
import { uploadedFile } from '../../../shared/api/files';
import type { Plan } from '../../../shared/plan/schema';
import { storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { tempServices } from '../../helpers/services';
import { say } from '../../../shared/i18n';

const WINDOW = { start: '2026-02-16T06:00', end: '2026-02-17T06:00' };

/** The Tết roster published in the store, and its file as exported (the file a unit mails around and imports again). */
async function publishedTet() {
  const temp = tempServices({ now: '2026-02-02T02:00:00.000Z' });
  const plan = tetRoster({ window: WINDOW });
  await storePlan(temp.services, plan);
  return { ...temp, plan, text: temp.services.plans.exportFile(plan.id).text };
}

async function importAs(services: ReturnType<typeof tempServices>['services'], text: string, onExisting?: 'replace' | 'keep-both') {
  const result = await services.registry.dispatch('plans:importFile', { file: uploadedFile('tet.lichtruc.json', text), onExisting });
  if (!result.ok) return expect.unreachable(say('vi', result.error.message));
  return result.data as { plan: Plan } | { existing: unknown };
}

describe('importing a plan file whose plan is already stored', () => {
  it('asks what to do and writes nothing until the user chooses', async () => {
    const { services, plan, text } = await publishedTet();

    const result = await importAs(services, text);

    expect(result).toEqual({
      existing: { fileName: 'tet.lichtruc.json', id: plan.id, storedName: plan.name, storedVersion: 1, importedName: plan.name, importedVersion: 1 },
    });
    expect(services.plans.list().map((p) => p.id)).toEqual([plan.id]);
    expect(services.plans.get(plan.id)).toEqual(plan);
  });

  it('keeps both on request: the copy gets a new id and starts as a draft, so nobody is reminded or invited twice', async () => {
    const { services, plan, text } = await publishedTet();

    const result = await importAs(services, text, 'keep-both');

    if (!('plan' in result)) return expect.unreachable('expected a plan');
    expect(result.plan).toMatchObject({ name: `${plan.name} (bản nhập)`, status: 'draft', versions: [] });
    expect(result.plan.id).not.toBe(plan.id);
    expect(result.plan.assignments).toEqual(plan.assignments);
    expect(services.reminders.status().plans.map((p) => p.id)).toEqual([plan.id]);
    expect(services.reminders.status().doubleBookings).toEqual([]);
    expect(services.plans.get(plan.id)).toEqual(plan);
  });

  it('replaces on request: the same plan (same id, so calendar events update in place) gets the file as its next version', async () => {
    const { services, plan, text, clock } = await publishedTet();
    const edited: Plan = { ...JSON.parse(text), subject: 'Trực an toàn thông tin dịp Tết', assignments: plan.assignments.slice(1) };
    clock.advance(3_600_000);

    const result = await importAs(services, JSON.stringify(edited), 'replace');

    if (!('plan' in result)) return expect.unreachable('expected a plan');
    const stored = services.plans.get(plan.id);
    expect(result.plan).toEqual(stored);
    expect(stored).toMatchObject({ id: plan.id, status: 'published', createdAt: plan.createdAt, subject: 'Trực an toàn thông tin dịp Tết' });
    expect(stored.versions.map((v) => [v.version, v.note])).toEqual([
      [1, ''],
      [2, 'Thay bằng tệp tet.lichtruc.json'],
    ]);
    expect(stored.versions[1]!.plan.assignments).toEqual(plan.assignments.slice(1));
    expect(services.plans.list()).toHaveLength(1);
  });

  it('adds no version when the file is what was last published', async () => {
    const { services, plan, text } = await publishedTet();

    await importAs(services, text, 'replace');

    expect(services.plans.get(plan.id).versions.map((v) => v.version)).toEqual([1]);
  });

  it('replaces a draft with the file as its working copy, publishing nothing', async () => {
    const { services, plan } = await publishedTet();
    const draft: Plan = { ...plan, id: 'nhap', status: 'draft', versions: [] };
    await storePlan(services, draft);

    await importAs(services, JSON.stringify({ ...draft, subject: 'Bản sửa' }), 'replace');

    expect(services.plans.get('nhap')).toMatchObject({ status: 'draft', versions: [], subject: 'Bản sửa' });
  });
});

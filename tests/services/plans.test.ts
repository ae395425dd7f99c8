import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors/app-error';
import { PLAN_SCHEMA_VERSION } from '../../shared/plan/schema';
import { planFile, staffMember } from '../helpers/plans';
import { planInput } from '../helpers/tet-plan';
import { recordingEvents, tempServices } from '../helpers/services';
import type { Services } from '../../electron/services/app';
import { decodeBase64, uploadedFile, type DownloadFile } from '../../shared/api/files';
import type { Plan } from '../../shared/plan/schema';
import { publishVersion } from '../helpers/publish';
import { say } from '../../shared/i18n';

const HOUR = 3_600_000;

/** The rejection of a service call, as the AppError the boundary would turn into `{ code, message }`. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.unreachable('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('plans over conf in a temp folder', () => {
  it('creates a draft plan that is listed newest first and opened by id', async () => {
    const { services, clock } = tempServices();
    const tet = await services.plans.create(planInput());
    clock.advance(HOUR);
    const quocKhanh = await services.plans.create(planInput({ name: 'Trực Quốc khánh 2026', window: { start: '2026-08-28T17:00', end: '2026-09-03T07:30' } }));

    expect(tet).toMatchObject({ id: 'id-0001', status: 'draft', createdAt: '2026-01-10T02:00:00.000Z', versions: [] });
    expect(services.plans.list().map((p) => p.name)).toEqual(['Trực Quốc khánh 2026', 'Trực Tết Bính Ngọ 2026']);
    expect(services.plans.list()[1]).toMatchObject({ id: tet.id, window: tet.window, status: 'draft', latestVersion: null });
    expect(services.plans.get(quocKhanh.id)).toEqual(quocKhanh);
  });

  it('renames a plan and records when', async () => {
    const { services, clock } = tempServices();
    const plan = await services.plans.create(planInput());
    clock.advance(HOUR);
    const renamed = await services.plans.rename(plan.id, 'Trực Tết 2026 — Phòng Hạ tầng');

    expect(renamed).toMatchObject({ name: 'Trực Tết 2026 — Phòng Hạ tầng', createdAt: plan.createdAt, updatedAt: '2026-01-10T03:00:00.000Z' });
    expect(services.plans.get(plan.id).name).toBe('Trực Tết 2026 — Phòng Hạ tầng');
  });

  it('duplicates a published plan as a new draft without its versions', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    await services.plans.update(plan.id, { assignments: [{ seatId: '2026-02-13/night/main', staffId: 'a', locked: true }] });
    await publishVersion(services, plan.id, plan.updatedAt);

    const copy = await services.plans.duplicate(plan.id);

    expect(copy).toMatchObject({ name: 'Trực Tết Bính Ngọ 2026 (bản sao)', status: 'draft', versions: [] });
    expect(copy.id).not.toBe(plan.id);
    expect(copy.assignments).toEqual(services.plans.get(plan.id).assignments);
    expect(services.plans.get(plan.id).status).toBe('published');
    expect(services.plans.list()).toHaveLength(2);
  });

  it('moves a deleted plan to the trash, and restore brings it back unchanged', async () => {
    const events = recordingEvents();
    const { services, dataDir } = tempServices({ events });
    const plan = await services.plans.create(planInput());

    expect(await services.plans.delete(plan.id)).toEqual({ id: plan.id, name: plan.name });
    expect(services.plans.list()).toEqual([]);
    expect(() => services.plans.get(plan.id)).toThrow(/Không tìm thấy kế hoạch/);
    expect(existsSync(join(dataDir, 'trash', `${plan.id}.json`))).toBe(true);

    expect(await services.plans.restore(plan.id)).toEqual(plan);
    expect(services.plans.list().map((p) => p.id)).toEqual([plan.id]);
    expect(events.log.map((e) => e.event)).toEqual(['plans:changed', 'plans:changed', 'plans:changed']);
  });

  it('refuses to restore a plan that is not in the trash', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    expect((await failure(services.plans.restore(plan.id))).code).toBe('NOT_FOUND');
  });

  it('refuses a stale update even when both saves fall in the same millisecond', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    // The clock does not move: another window saves within the same millisecond as the plan was read.
    const other = await services.plans.update(plan.id, { subject: 'Sửa ở cửa sổ khác' }, plan.updatedAt);

    const error = await failure(services.plans.update(plan.id, { subject: 'Sửa từ bản cũ' }, plan.updatedAt));

    expect(error.code).toBe('CONFLICT');
    expect(other.updatedAt > plan.updatedAt).toBe(true);
    expect(services.plans.get(plan.id).subject).toBe('Sửa ở cửa sổ khác');
  });

  it('refuses an update made from a stale copy, and keeps the newer plan', async () => {
    const { services, clock } = tempServices();
    const plan = await services.plans.create(planInput());
    clock.advance(60_000);
    const newer = await services.plans.rename(plan.id, 'Đổi tên ở cửa sổ khác');

    const error = await failure(services.plans.update(plan.id, { subject: 'Sửa từ bản cũ' }, plan.updatedAt));

    expect(error.code).toBe('CONFLICT');
    expect(services.plans.get(plan.id)).toEqual(newer);
    await expect(services.plans.update(plan.id, { subject: 'Sửa từ bản mới' }, newer.updatedAt)).resolves.toMatchObject({ subject: 'Sửa từ bản mới' });
  });

  it('keeps every plan across a restart over the same folder', async () => {
    const env = tempServices();
    const plan = await env.services.plans.create(planInput());
    const renamed = await env.services.plans.rename(plan.id, 'Đã đổi tên');

    const restarted = env.restart();

    expect(restarted.plans.list().map((p) => p.name)).toEqual(['Đã đổi tên']);
    expect(restarted.plans.get(plan.id)).toEqual(renamed);
  });

  it('gives the draft the directory’s current details of its staff, while published versions stay frozen', async () => {
    const { services } = tempServices();
    await services.ctx.store.lock.run(() => services.directory.write([staffMember('an'), staffMember('binh'), staffMember('cuong', { active: false })]));
    const plan = await services.plans.create(planInput());
    expect(plan.participants.map((p) => p.staffId)).toEqual(['an', 'binh']);
    await publishVersion(services, plan.id, plan.updatedAt);

    await services.ctx.store.lock.run(() => services.directory.write([staffMember('an', { phone: '0987654321' }), staffMember('binh')]));

    const reopened = services.plans.get(plan.id);
    expect(reopened.staff.find((m) => m.id === 'an')?.phone).toBe('0987654321');
    expect(reopened.versions[0]?.plan.staff.find((m) => m.id === 'an')?.phone).toBe('0912000000');
  });

  it('keeps the last known details of someone removed from the directory', async () => {
    const { services } = tempServices();
    await services.ctx.store.lock.run(() => services.directory.write([staffMember('an'), staffMember('binh')]));
    const plan = await services.plans.create(planInput());

    await services.ctx.store.lock.run(() => services.directory.write([staffMember('binh')]));

    expect(services.plans.get(plan.id).staff.map((m) => m.fullName)).toEqual(['Nguyễn Văn an', 'Nguyễn Văn binh']);
  });
});

/** A plan file as the page sends it: the picked file's name and bytes, never a path. */
const upload = (name: string, content: unknown) => ({ file: uploadedFile(name, typeof content === 'string' ? content : JSON.stringify(content)) });

async function importPlan(services: Services, name: string, content: unknown) {
  const result = await services.registry.dispatch('plans:importFile', upload(name, content));
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.where);
  return result.data as { plan: Plan };
}

async function exportPlan(services: Services, id: string): Promise<DownloadFile> {
  const result = await services.registry.dispatch('plans:exportFile', { id });
  if (!result.ok) return expect.unreachable(say('vi', result.error.message));
  return (result.data as { file: DownloadFile }).file;
}

const textOf = (file: DownloadFile) => new TextDecoder().decode(decodeBase64(file.contentBase64));

describe('plan files', () => {
  it('exports a plan as a file to save and imports it back with the same content', async () => {
    const { services } = tempServices();
    await services.ctx.store.lock.run(() => services.directory.write([staffMember('an')]));
    const plan = await services.plans.create(planInput({ subject: 'Lịch trực an toàn thông tin' }));

    const file = await exportPlan(services, plan.id);
    expect(file).toMatchObject({ name: 'Truc-Tet-Binh-Ngo-2026.lichtruc.json', mime: 'application/json' });
    expect(JSON.parse(textOf(file))).toEqual(plan);

    // Into another installation, where the id is free: the plan arrives as it was.
    const elsewhere = tempServices();
    expect(await importPlan(elsewhere.services, file.name, textOf(file))).toEqual({ plan });
    expect(elsewhere.services.plans.get(plan.id)).toEqual(plan);
  });

  it('gives an imported plan a new id when its id is already taken and the user keeps both', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    const text = textOf(await exportPlan(services, plan.id));
    expect(await services.plans.importFile('tet.lichtruc.json', text)).toMatchObject({ existing: { id: plan.id } });

    const result = await services.plans.importFile('tet.lichtruc.json', text, 'keep-both');

    if (!('plan' in result)) return expect.unreachable('expected a plan');
    expect(result.plan.id).not.toBe(plan.id);
    expect({ ...result.plan, id: plan.id, name: plan.name }).toEqual(plan);
    expect(services.plans.list()).toHaveLength(2);
  });

  it('gives an imported plan a new id when a deleted plan in the trash has it, so undo still works', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    const text = textOf(await exportPlan(services, plan.id));
    await services.plans.delete(plan.id);

    const result = await importPlan(services, 'tet.lichtruc.json', text);

    expect(result.plan.id).not.toBe(plan.id);
    await expect(services.plans.restore(plan.id)).resolves.toMatchObject({ id: plan.id });
  });

  it('never lets an imported id choose where the plan is written', async () => {
    const { services, dataDir } = tempServices();

    const result = await importPlan(services, 'evil.lichtruc.json', planFile({ id: '../settings' }));

    expect(result.plan.id).toMatch(/^id-\d+$/);
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false);
    expect(services.plans.list()).toHaveLength(1);
  });

  it.each([
    ['an end before the start', planFile({ window: { start: '2026-02-23T07:30', end: '2026-02-13T17:00' } }), 'window.end'],
    ['no name', planFile({ name: undefined }), 'name'],
    ['a date that does not exist', planFile({ window: { start: '2026-02-30T17:00', end: '2026-03-05T07:30' } }), 'window.start'],
    ['a wrong value deep inside', planFile({ participants: [{ staffId: 'an' }, { staffId: 'binh', leave: [{ start: 'mai', end: '2026-02-14T08:00' }] }] }), 'participants[1].leave[0].start'],
    ['no schemaVersion', planFile({ schemaVersion: undefined }), 'schemaVersion'],
  ])('refuses a plan file with %s, naming the field and the file', async (_label, content, where) => {
    const { services } = tempServices();

    const error = await failure(importPlan(services, 'bad.lichtruc.json', content));

    expect(error).toMatchObject({ code: 'PLAN_FILE_INVALID', where });
    expect(error.message).toContain(where);
    expect(error.message).toContain('bad.lichtruc.json');
    expect(services.plans.list()).toEqual([]);
  });

  it('refuses a file that is not JSON, saying so', async () => {
    const { services } = tempServices();
    const error = await failure(importPlan(services, 'notes.lichtruc.json', '{ "name": "Trực Tết", '));
    expect(error.code).toBe('PLAN_FILE_INVALID');
    expect(error.message).toMatch(/notes.lichtruc.json không phải JSON hợp lệ/);
  });

  it('refuses a file from a newer version of the app, asking to update', async () => {
    const { services } = tempServices();
    const error = await failure(importPlan(services, 'future.lichtruc.json', planFile({ schemaVersion: PLAN_SCHEMA_VERSION + 1, futureField: true })));
    expect(error).toMatchObject({ code: 'STORE_TOO_NEW', where: 'schemaVersion' });
    expect(error.message).toMatch(/cập nhật ứng dụng/);
  });

  it('accepts a file saved with a byte-order mark, as Windows Notepad writes it', async () => {
    const { services } = tempServices();
    await expect(importPlan(services, 'bom.lichtruc.json', `\uFEFF${JSON.stringify(planFile())}`)).resolves.toMatchObject({
      plan: { id: 'tet-2026', name: 'Trực Tết 2026 (từ tệp)' },
    });
  });

  it('takes no path from the page: an import names a file and carries its bytes, an export takes nothing but the plan', async () => {
    const { services } = tempServices();
    const plan = await services.plans.create(planInput());
    for (const [channel, input] of [
      ['plans:importFile', { path: '/etc/passwd' }],
      ['plans:importFile', { file: { name: '../../etc/passwd', contentBase64: '' } }],
      ['plans:exportFile', { id: plan.id, path: '/tmp/overwritten.json' }],
    ] as const) {
      expect(await services.registry.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(existsSync('/tmp/overwritten.json')).toBe(false);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Services } from '../../electron/services/app';
import { AppError } from '../../shared/errors/app-error';
import { say } from '../../shared/i18n';
import { decodeBase64, uploadedFile, type DownloadFile } from '../../shared/api/files';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { recordingEvents, tempServices } from '../helpers/services';

/** A fixture as the user would pick it: its name and its bytes. */
const fixture = (name: string) => {
  const path = fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
  return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
};
const picked = (name: string, bytes: Uint8Array) => ({ name, bytes });
const draft = { fullName: '  Nguyễn   Văn An ', phone: '+84 912 345 678', email: 'NVAn@Example.VN', roles: ['technician' as const] };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('staff:save', () => {
  it('tells every window the directory changed after each write, and not after a refused one', async () => {
    const events = recordingEvents();
    const { staff } = tempServices({ events }).services;
    const added = await staff.save(draft);
    await staff.setActive(added.id, false);
    await rejection(staff.save({ ...draft, phone: '0912 34' }));
    await rejection(staff.loadSample());
    await staff.remove(added.id);
    expect(events.log).toEqual([0, 1, 2].map(() => ({ event: 'staff:changed', payload: {} })));
  });

  it('adds a person with phone and email normalised, and edits them by id', async () => {
    const { staff } = tempServices().services;
    const added = await staff.save(draft);
    expect(added).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '0912345678', email: 'nvan@example.vn', active: true });
    const edited = await staff.save({ ...draft, id: added.id, unit: 'Phòng Hạ tầng', phone: '0987.654.321' });
    expect(edited).toMatchObject({ id: added.id, unit: 'Phòng Hạ tầng', phone: '0987654321' });
    expect(staff.list()).toHaveLength(1);
  });

  it('refuses a bad field with a Vietnamese message naming it, and saves nothing', async () => {
    const { staff } = tempServices().services;
    const phone = await rejection(staff.save({ ...draft, phone: '0912 34' }));
    expect(phone).toMatchObject({ code: 'INVALID_INPUT', where: 'phone' });
    expect(phone.message).toMatch(/^Điện thoại: Số điện thoại "0912 34" không hợp lệ/);
    expect((await rejection(staff.save({ ...draft, email: 'a@@b' }))).message).toMatch(/^Email:/);
    expect((await rejection(staff.save({ ...draft, fullName: '  ' }))).where).toBe('fullName');
    expect((await rejection(staff.save({ ...draft, roles: [] }))).where).toBe('roles');
    expect((await rejection(staff.save({ ...draft, skills: ['cooking'] }))).message).toContain('cooking');
    expect(staff.list()).toEqual([]);
  });

  it('says so when editing someone who is not in the directory', async () => {
    const { staff } = tempServices().services;
    expect((await rejection(staff.save({ ...draft, id: 'ghost' }))).code).toBe('NOT_FOUND');
  });
});

describe('staff:importSheet', () => {
  it('reads another sheet of the previewed workbook, imports that one, and drops the earlier preview', async () => {
    const { staff } = tempServices().services;
    const first = await staff.importPreview(fixture('office/ds-truc-tet-2026.xlsx'));
    if (!('token' in first)) throw new Error('cancelled');
    expect(first.sheets).toEqual({ names: ['Hướng dẫn', 'DS trực Tết', 'Dự phòng'], chosen: 1 });
    const spare = await staff.importSheet(first.token, 'Dự phòng');
    expect(spare).toMatchObject({ fileName: 'ds-truc-tet-2026.xlsx', sheets: { chosen: 2 }, headerRows: { first: 1, last: 1 } });
    expect((await rejection(staff.importConfirm(first.token))).code).toBe('NOT_FOUND');
    expect(await staff.importConfirm(spare.token)).toEqual({ added: 2, updated: 0, skippedDuplicates: 0, refusedRows: [] });
    expect(staff.list().map((m) => m.fullName)).toEqual(['Tạ Thị Hồng', 'Phan Văn Lực']);
    // A sheet without the required columns is refused, naming what is missing.
    const again = await staff.importPreview(fixture('office/ds-truc-tet-2026.xlsx'));
    if (!('token' in again)) throw new Error('cancelled');
    expect((await rejection(staff.importSheet(again.token, 'Hướng dẫn'))).message).toMatch(/^ds-truc-tet-2026\.xlsx: /);
  });
});

describe('deactivate, and delete only people no plan mentions', () => {
  it('deactivates and reactivates', async () => {
    const { staff } = tempServices().services;
    const person = await staff.save(draft);
    expect((await staff.setActive(person.id, false)).active).toBe(false);
    expect(staff.list()[0]?.active).toBe(false);
    expect((await staff.setActive(person.id, true)).active).toBe(true);
  });

  it('refuses to delete someone taking part in a plan, and deletes someone in none', async () => {
    const services = tempServices().services;
    const inPlan = await services.staff.save(draft);
    await services.plans.create({ name: 'Tết 2026', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
    const typo = await services.staff.save({ ...draft, fullName: 'Nguyễn Văn Aan', phone: '0912000000' });

    const refused = await rejection(services.staff.remove(inPlan.id));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Ngừng hoạt động');
    expect(services.staff.list().map((m) => m.id)).toContain(inPlan.id);

    await services.staff.remove(typo.id);
    expect(services.staff.list().map((m) => m.id)).toEqual([inPlan.id]);
  });

  it('keeps someone who appears only in a published version', async () => {
    const services = tempServices().services;
    const person = await services.staff.save(draft);
    const plan = await services.plans.create({ name: 'Tết', window: { start: '2026-02-13T17:00', end: '2026-02-14T07:30' } });
    await services.plans.publish(plan.id);
    await services.plans.update(plan.id, { participants: [] });
    expect((await rejection(services.staff.remove(person.id))).code).toBe('CONFLICT');
  });
});

describe('import', () => {
  it('previews every row of a broken file and changes nothing until confirmed', async () => {
    const { staff } = tempServices().services;
    await staff.loadSample();
    const before = staff.list();
    const preview = await staff.importPreview(fixture('sample-staff-broken.csv'));
    expect(preview.format).toBe('csv');
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const row = (n: number) => preview.rows.find((r) => r.rowNumber === n)!;
    expect(row(4).status).toBe('error');
    expect(row(4).problems[0]).toMatchObject({ field: 'fullName', severity: 'error' });
    expect(row(5).problems.some((p) => p.field === 'phone')).toBe(true);
    expect(row(2).status).toBe('duplicate-of-existing');
    expect(staff.list()).toEqual(before);
  });

  it('imports only new good rows, skips people already there, never touches existing members', async () => {
    const services = tempServices().services;
    const { staff } = services;
    const existing = await staff.save({ fullName: 'Trần Quốc Bảo', phone: '0912345601', unit: 'Ban Giám đốc (cũ)', roles: ['leader'] });
    const preview = await staff.importPreview(fixture('sample-staff-broken.csv'));
    const result = await staff.importConfirm(preview.token);
    // Rows 2 and 8 both repeat Trần Quốc Bảo, who is already in the directory.
    expect(result.skippedDuplicates).toBe(2);
    expect(result.updated).toBe(0);
    expect(result.added).toBe(preview.counts.new);
    expect(result.refusedRows).toEqual(preview.rows.filter((r) => r.status === 'error' || r.status === 'duplicate-in-file').map((r) => r.rowNumber));
    const after = staff.list();
    expect(after.find((m) => m.id === existing.id)).toEqual(existing);
    expect(after).toHaveLength(1 + result.added);
    // A token is used once: confirming twice does not import twice.
    expect((await rejection(staff.importConfirm(preview.token))).code).toBe('NOT_FOUND');
  });

  it('updates people already there only when asked, keeping their id and active flag', async () => {
    const { staff } = tempServices().services;
    const existing = await staff.save({ fullName: 'Trần Quốc Bảo', phone: '0912345601', unit: 'Cũ', roles: ['leader'] });
    await staff.setActive(existing.id, false);
    const preview = await staff.importPreview(fixture('sample-staff-broken.csv'));
    const result = await staff.importConfirm(preview.token, 'update');
    expect(result.updated).toBe(1);
    expect(staff.list().find((m) => m.id === existing.id)).toMatchObject({ unit: 'Ban Giám đốc', email: 'tqbao@binhson.gov.vn', active: false });
  });

  it('refuses a legacy-encoded file with "save as UTF-8" and leaves the directory as it was', async () => {
    const { staff } = tempServices().services;
    await staff.loadSample();
    const bytes = new Uint8Array(Buffer.from('Họ và tên,Vai trò\nNguyÔn V¨n An,Kü thuËt\nTrÇn ThÞ B×nh,Kü thuËt\n', 'latin1'));
    const error = await rejection(staff.importPreview(picked('tcvn3.csv', bytes)));
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toMatch(/^tcvn3\.csv: .*UTF-8/);
    // The refusal crosses as a message, so the English UI says it in English with the file named.
    expect(say('en', error.reason)).toMatch(/^tcvn3\.csv: The file uses the old TCVN3 .*UTF-8/);
    expect(staff.list()).toHaveLength(SAMPLE_STAFF.length);
  });

  it('reads an XLSX by its content whatever the extension', async () => {
    const { staff } = tempServices().services;
    const source = tempServices().services.staff;
    await source.loadSample();
    const preview = await staff.importPreview(picked('danh-ba.dat', await source.exportBytes('xlsx')));
    expect(preview.format).toBe('xlsx');
    expect(preview.fileName).toBe('danh-ba.dat');
    expect(preview.counts.new).toBe(SAMPLE_STAFF.length);
  });

  it('can be made to read no path: the contract takes a file name and bytes, never a path', async () => {
    const { registry } = tempServices().services;
    for (const input of [
      { path: '/etc/passwd' },
      { file: { name: '/etc/passwd', contentBase64: '' } },
      { file: { name: '..', contentBase64: '' } },
      { file: { name: 'x.csv', contentBase64: 'QQ==' }, path: '/etc/passwd' },
    ]) {
      const result = await registry.dispatch('staff:importPreview', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      // The refusal says nothing of any file's content (it once quoted /etc/passwd's first line).
      expect(JSON.stringify(result)).not.toContain('root:');
    }
    const named = await registry.dispatch('staff:importPreview', { file: uploadedFile('passwd', 'Họ và tên,Điện thoại,Vai trò\nNguyễn Văn An,0912345678,Cán bộ kỹ thuật\n') });
    expect(named).toMatchObject({ ok: true, data: { fileName: 'passwd', counts: { new: 1 } } });
  });
});

/** The directory as the page receives it: a file to save, through the handler table. */
async function exported(staff: Services['staff'], format: 'csv' | 'xlsx'): Promise<DownloadFile> {
  const result = await staff.handlers()['staff:export']({ format });
  return result.file;
}

describe('export', () => {
  it.each(['csv', 'xlsx'] as const)('round-trips the directory through %s', async (format) => {
    const source = tempServices().services.staff;
    await source.loadSample();
    await source.setActive('sample-03', false);
    const file = await exported(source, format);
    expect(file.name).toBe(`danh-ba-nhan-su.${format}`);

    const target = tempServices().services.staff;
    const preview = await target.importPreview(picked(file.name, decodeBase64(file.contentBase64)));
    await target.importConfirm(preview.token);
    const strip = (list: ReturnType<typeof source.list>) => list.map(({ id: _id, ...rest }) => rest);
    expect(strip(target.list())).toEqual(strip(source.list()));
  });

  it('writes CSV with a BOM and phones Excel cannot turn into numbers', async () => {
    const { staff } = tempServices().services;
    await staff.loadSample();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(decodeBase64((await exported(staff, 'csv')).contentBase64));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('0912 345 601');
  });
});

describe('sample directory', () => {
  it('fills an empty directory only', async () => {
    const { staff } = tempServices().services;
    expect(await staff.loadSample()).toHaveLength(30);
    expect((await rejection(staff.loadSample())).code).toBe('CONFLICT');
    expect(staff.list()).toHaveLength(30);
  });
});

describe('through the handler table', () => {
  it('validates input with the contract before the service sees it', async () => {
    const { registry } = tempServices().services;
    const result = await registry.dispatch('staff:export', { format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // Nowhere to write: a path from the page is refused, and nothing appears there.
    expect(await registry.dispatch('staff:export', { format: 'csv', path: '/tmp/lich-truc-overwritten.csv' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(existsSync('/tmp/lich-truc-overwritten.csv')).toBe(false);
    expect(await registry.dispatch('staff:list', undefined)).toEqual({ ok: true, data: [] });
  });
});

describe('staff:importChoose', () => {
  const columns = { headerRows: { first: 3, last: 3 }, fields: [null, 'fullName', 'unit', 'phone', 'roles', 'skills'] as ('fullName' | 'unit' | 'phone' | 'roles' | 'skills' | null)[] };

  it('applies the choices made in the preview at confirm: roles per row, new and mapped skills in Settings, the column mapping remembered', async () => {
    const { staff, settings } = tempServices().services;
    const first = await staff.importPreview(fixture('office/ds-phan-cong-truc.xlsx'));
    expect(first.mapping?.missing).toEqual(['fullName', 'roles']);
    // Nothing to import until the columns are mapped.
    expect((await staff.importConfirm(first.token)).added).toBe(0);

    const again = await staff.importPreview(fixture('office/ds-phan-cong-truc.xlsx'));
    const mapped = staff.importChoose(again.token, { roles: [{ row: 7, roles: ['technician'] }], skills: [{ name: 'Cloud', choice: { kind: 'map', skillId: 'servers' } }], columns });
    expect(mapped).toMatchObject({ token: again.token, counts: { new: 4, error: 0 } });
    // Nothing is saved before the user confirms.
    expect(staff.list()).toEqual([]);
    expect(settings.get().skills.map((s) => s.id)).not.toContain('dien-toan-dam-may');

    expect(await staff.importConfirm(again.token)).toEqual({ added: 4, updated: 0, skippedDuplicates: 0, refusedRows: [] });
    const people = Object.fromEntries(staff.list().map((m) => [m.fullName, m]));
    expect(people['Châu Thị Oanh']).toMatchObject({ roles: ['technician'], phone: '0912777000' });
    expect(people['Mai Thị Ngọc']!.skills).toEqual(['network', 'dien-toan-dam-may']);
    expect(people['Lý Văn Quang']!.skills).toEqual(['servers']);
    const skills = settings.get().skills;
    expect(skills.at(-1)).toEqual({ id: 'dien-toan-dam-may', label: 'Điện toán đám mây', synonyms: [] });
    expect(skills.find((s) => s.id === 'servers')!.synonyms).toContain('Cloud');

    // The same headers next time: mapped as before, and the names now known.
    const next = await staff.importPreview(fixture('office/ds-phan-cong-truc.xlsx'));
    expect(next.mapping).toMatchObject({ missing: [], remembered: true });
    expect(next.unknownSkills).toEqual([]);
    expect(next.counts['duplicate-of-existing']).toBe(3);
  });

  it('refuses choices for a preview it no longer has', async () => {
    const { staff } = tempServices().services;
    expect(() => staff.importChoose('gone', { roles: [], skills: [] })).toThrow(/hết hạn/);
  });
});

import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { readStaffXlsx } from '../../../electron/services/staff-files/xlsx';
import { NO_CHOICES, type ImportChoices } from '../../../shared/staff/import-choices';
import { previewStaffImport, type ImportContext } from '../../../shared/staff/import-rows';
import type { ImportPreview } from '../../../shared/staff/import-preview';
import type { RawTable } from '../../../shared/staff/raw-table';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';
import { skillsAfterImport } from '../../../shared/staff/unknown-skills';
import { context, fixture } from './helpers';

// The office files of tests/fixtures/office/ are written by scripts/gen-office-staff-fixtures.ts.

async function table(name: string): Promise<RawTable> {
  const read = await readStaffXlsx(fixture(`office/${name}`));
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

function preview(t: RawTable, choices: Partial<ImportChoices> = {}, extra: Partial<ImportContext> = {}): ImportPreview {
  const result = previewStaffImport(t, { ...context(), choices: { ...NO_CHOICES, ...choices }, ...extra });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const row = (p: ImportPreview, n: number) => p.rows.find((r) => r.rowNumber === n)!;
const errors = (p: ImportPreview, n: number) =>
  row(p, n)
    .problems.filter((x) => x.severity === 'error')
    .map((x) => say('vi', x.text));

describe('a role the office writes in its own words is chosen per row, never imported as something', () => {
  it('asks for row 19 ("Trực vận hành") and keeps it out until a role is chosen', async () => {
    const p = preview(await table('ds-truc-tet-2026.xlsx'));
    expect(row(p, 19)).toMatchObject({ status: 'error', askRole: 'Trực vận hành' });
    expect(errors(p, 19)).toEqual(['Vai trò không rõ: "Trực vận hành" — chọn vai trò cho dòng này (Lãnh đạo trực hoặc Cán bộ kỹ thuật)']);
    // Rows whose role is known are not asked about.
    expect(p.rows.filter((r) => r.askRole !== undefined).map((r) => r.rowNumber)).toEqual([19]);
  });

  it('imports the row with the role chosen, and leaves it out when the user says so', async () => {
    const t = await table('ds-truc-tet-2026.xlsx');
    const chosen = preview(t, { roles: [{ row: 19, roles: ['technician'] }] });
    expect(row(chosen, 19)).toMatchObject({ status: 'new', askRole: 'Trực vận hành', staff: { fullName: 'Vũ Đức Anh', roles: ['technician'], skills: ['applications'] } });
    expect(chosen.counts.new).toBe(8);
    const both = preview(t, { roles: [{ row: 19, roles: ['leader', 'technician'] }] });
    expect(row(both, 19).staff!.roles).toEqual(['leader', 'technician']);
    const left = preview(t, { roles: [{ row: 19, roles: [] }] });
    expect(row(left, 19).status).toBe('error');
    expect(errors(left, 19)).toEqual(['Không nhập dòng này (bạn chọn)']);
    // A choice for a row whose role was understood changes nothing.
    expect(row(preview(t, { roles: [{ row: 10, roles: ['technician'] }] }), 10).staff!.roles).toEqual(['leader']);
  });
});

describe('a file with its own headings is mapped by the user, and the mapping is remembered', () => {
  it('asks which column is the name and the role, showing the headers and the first values', async () => {
    const p = preview(await table('ds-phan-cong-truc.xlsx'));
    expect(p.mapping).toMatchObject({ missing: ['fullName', 'roles'], remembered: false, key: 'stt|nguoi truc|bo phan|so may lien he|phan cong|linh vuc phu trach' });
    expect(say('vi', p.mapping!.text)).toBe('Thiếu cột bắt buộc: Họ và tên, Vai trò. Các cột tìm thấy ở dòng 3: "STT", "Người trực", "Bộ phận", "Số máy liên hệ", "Phân công", "Lĩnh vực phụ trách".');
    expect(p.headerRows).toEqual({ first: 3, last: 3 });
    expect(p.columns.map((c) => c.field)).toEqual([null, null, 'unit', null, null, null]);
    expect(p.mapping!.samples.map((r) => r[1])).toEqual(['Trịnh Văn Khoa', 'Mai Thị Ngọc', 'Lý Văn Quang']);
    expect(p.rows).toEqual([]);
  });

  it('reads the people once mapped: phones as numbers with their 0, roles from "Trực lãnh đạo", the unknown role asked', async () => {
    const columns = { headerRows: { first: 3, last: 3 }, fields: [null, 'fullName', 'unit', 'phone', 'roles', 'skills'] as const };
    const p = preview(await table('ds-phan-cong-truc.xlsx'), { columns: { ...columns, fields: [...columns.fields] } });
    expect(p.mapping).toMatchObject({ missing: [], remembered: false });
    expect(p.rows.map((r) => [r.rowNumber, r.status, r.staff?.fullName, r.staff?.phone, r.staff?.roles])).toEqual([
      [4, 'new', 'Trịnh Văn Khoa', '0983111222', ['leader']],
      [5, 'new', 'Mai Thị Ngọc', '0977333444', ['technician']],
      [6, 'new', 'Lý Văn Quang', '0904555666', ['technician']],
      [7, 'error', undefined, undefined, undefined],
    ]);
    expect(row(p, 7).askRole).toBe('Hỗ trợ');
  });

  it('applies a mapping remembered for the same headers without asking', async () => {
    const fields = [null, 'fullName', 'unit', 'phone', 'roles', 'skills'] as const;
    const remembered = { headerRows: { first: 3, last: 3 }, fields: [...fields] };
    const p = preview(
      await table('ds-phan-cong-truc.xlsx'),
      {},
      { rememberedMapping: (key) => (key === 'stt|nguoi truc|bo phan|so may lien he|phan cong|linh vuc phu trach' ? remembered : undefined) },
    );
    expect(p.mapping).toMatchObject({ missing: [], remembered: true });
    expect(p.choices.columns).toEqual(remembered);
    expect(p.counts.new).toBe(3);
  });

  it('keeps asking while a required column is still unmapped, and reads a field chosen twice from the first column', async () => {
    const t = await table('ds-phan-cong-truc.xlsx');
    const half = preview(t, { columns: { headerRows: { first: 3, last: 3 }, fields: [null, 'fullName', 'unit', 'phone', null, 'skills'] } });
    expect(half.mapping!.missing).toEqual(['roles']);
    expect(half.rows).toEqual([]);
    const twice = preview(t, { columns: { headerRows: { first: 3, last: 3 }, fields: [null, 'fullName', 'fullName', 'phone', 'roles', null] } });
    expect(twice.columns.map((c) => c.field)).toEqual([null, 'fullName', null, 'phone', 'roles', null]);
  });
});

describe('skill names the list does not know are offered to be added or mapped, never dropped', () => {
  const columns = { headerRows: { first: 3, last: 3 }, fields: [null, 'fullName', 'unit', 'phone', 'roles', 'skills'] as ('fullName' | 'unit' | 'phone' | 'roles' | 'skills' | null)[] };

  it('adds them as new skills by default, saying so on each row', async () => {
    const p = preview(await table('ds-phan-cong-truc.xlsx'), { columns });
    expect(p.unknownSkills).toEqual([
      { name: 'Điện toán đám mây', rows: [5], choice: { kind: 'add' }, newId: 'dien-toan-dam-may' },
      { name: 'Cloud', rows: [6], choice: { kind: 'add' }, newId: 'cloud' },
    ]);
    expect(row(p, 5).staff!.skills).toEqual(['network', 'dien-toan-dam-may']);
    expect(row(p, 5).problems.map((x) => say('vi', x.text))).toEqual(['Kỹ năng mới "Điện toán đám mây" — sẽ được thêm vào danh sách kỹ năng khi nhập']);
    expect(skillsAfterImport(DEFAULT_SKILLS, p.unknownSkills).slice(-2)).toEqual([
      { id: 'dien-toan-dam-may', label: 'Điện toán đám mây', synonyms: [] },
      { id: 'cloud', label: 'Cloud', synonyms: [] },
    ]);
  });

  it('maps a name to a skill of the list (kept as its other name), or ignores it when told to', async () => {
    const t = await table('ds-phan-cong-truc.xlsx');
    const withCloud = [...DEFAULT_SKILLS, { id: 'dien-toan-dam-may', label: 'Điện toán đám mây', synonyms: [] }];
    const p = preview(t, { columns, skills: [{ name: 'cloud', choice: { kind: 'map', skillId: 'dien-toan-dam-may' } }] }, { skills: withCloud });
    expect(row(p, 6)).toMatchObject({ status: 'new', problems: [], staff: { skills: ['dien-toan-dam-may'] } });
    expect(skillsAfterImport(withCloud, p.unknownSkills).at(-1)).toEqual({ id: 'dien-toan-dam-may', label: 'Điện toán đám mây', synonyms: ['Cloud'] });
    const ignored = preview(t, { columns, skills: [{ name: 'Cloud', choice: { kind: 'ignore' } }] });
    expect(row(ignored, 6)).toMatchObject({ status: 'new', staff: { skills: [] } });
    expect(row(ignored, 6).problems.map((x) => say('vi', x.text))).toEqual(['Kỹ năng "Cloud" không có trong danh sách — bỏ qua theo lựa chọn của bạn']);
    // A mapping to a skill the list does not have (deleted meanwhile) falls back to adding the name.
    const stale = preview(t, { columns, skills: [{ name: 'Cloud', choice: { kind: 'map', skillId: 'gone' } }] });
    expect(stale.unknownSkills.find((u) => u.name === 'Cloud')!.choice).toEqual({ kind: 'add' });
  });
});

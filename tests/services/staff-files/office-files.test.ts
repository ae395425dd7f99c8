import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { readStaffXlsx } from '../../../electron/services/staff-files/xlsx';
import { parseStaffCsv } from '../../../shared/staff/csv';
import type { ImportPreview } from '../../../shared/staff/import-preview';
import { previewStaffImport } from '../../../shared/staff/import-rows';
import type { FileRead, RawTable } from '../../../shared/staff/raw-table';
import { context, fixture } from '../../shared/staff/helpers';

// The files of tests/fixtures/office/ are written by scripts/gen-office-staff-fixtures.ts.

async function read(name: string, sheet?: string): Promise<FileRead<RawTable>> {
  const bytes = fixture(`office/${name}`);
  return name.endsWith('.xlsx') ? readStaffXlsx(bytes, sheet) : parseStaffCsv(bytes);
}

async function preview(name: string, sheet?: string): Promise<ImportPreview & { table: RawTable }> {
  const table = await read(name, sheet);
  if (!table.ok) throw new Error(table.error);
  const result = previewStaffImport(table.value, context());
  if (!result.ok) throw new Error(result.error);
  return { ...result.value, table: table.value };
}

/** Each row as the user checks it: row number, status, and for people the fields that matter. */
function summary(p: ImportPreview) {
  return p.rows.map((r) => ({
    row: r.rowNumber,
    status: r.status,
    ...(r.staff && { name: r.staff.fullName, unit: r.staff.unit, phone: r.staff.phone, roles: r.staff.roles, skills: r.staff.skills }),
  }));
}

const errorsOf = (p: ImportPreview, row: number) =>
  p.rows
    .find((r) => r.rowNumber === row)
    ?.problems.filter((x) => x.severity === 'error')
    .map((x) => say('vi', x.text));
const warningsOf = (p: ImportPreview, row: number) =>
  p.rows
    .find((r) => r.rowNumber === row)
    ?.problems.filter((x) => x.severity === 'warning')
    .map((x) => say('vi', x.text));

describe('an office XLSX: title rows, merged two-row header, STT, group headings, totals and signatures, three sheets', () => {
  it('opens on the first sheet whose header has the required columns, and finds that header in rows 7–8', async () => {
    const p = await preview('ds-truc-tet-2026.xlsx');
    expect(p.table.sheets).toEqual({ names: ['Hướng dẫn', 'DS trực Tết', 'Dự phòng'], chosen: 1 });
    expect(p.headerRows).toEqual({ first: 7, last: 8 });
    expect(p.columns.map((c) => c.field)).toEqual([null, 'fullName', 'title', 'unit', 'phone', 'email', 'roles', 'skills', 'notes']);
  });

  it('imports the people with their phones (numbers, +84, dots, a cached formula), the unit merged down, and names in NFC', async () => {
    const p = await preview('ds-truc-tet-2026.xlsx');
    expect(summary(p).filter((r) => r.status === 'new')).toEqual([
      { row: 10, status: 'new', name: 'Nguyễn Văn Hùng', unit: 'Ban Giám đốc', phone: '0912345678', roles: ['leader'], skills: ['security'] },
      { row: 11, status: 'new', name: 'Bùi Thị Thu Hà', unit: 'Ban Giám đốc', phone: '0912000111', roles: ['leader'], skills: [] },
      // "Trưởng phòng" in the role column leads the shift; "Hệ thống" is a seeded synonym of Máy chủ.
      { row: 13, status: 'new', name: 'Trần Thị Mai', unit: 'Phòng Hạ tầng', phone: '0983456702', roles: ['leader'], skills: ['network', 'servers'] },
      { row: 14, status: 'new', name: 'Lê Văn Nam', unit: 'Phòng Hạ tầng', phone: '0868123456', roles: ['technician'], skills: ['network'] },
      { row: 15, status: 'new', name: 'Phạm Quốc Bảo', unit: 'Phòng Hạ tầng', phone: '0904111222', roles: ['technician'], skills: ['servers', 'database'] },
      { row: 16, status: 'new', name: 'Hoàng Thị Lan', unit: 'Phòng Hạ tầng', phone: '0936777888', roles: ['technician'], skills: ['security'] },
      { row: 17, status: 'new', name: 'Đỗ Minh Tuấn', unit: 'Phòng An toàn thông tin', phone: '', roles: ['technician'], skills: ['security'] },
    ]);
    // Typed decomposed in the file, stored composed: the same string as the name typed here.
    const lan = p.rows.find((r) => r.rowNumber === 16)!.staff!.fullName;
    expect(lan).toBe('Hoàng Thị Lan'.normalize('NFC'));
    expect(lan).not.toBe('Hoàng Thị Lan'.normalize('NFD'));
  });

  it('says which formula had a result and which had none, on the phone column of the row', async () => {
    const p = await preview('ds-truc-tet-2026.xlsx');
    expect(warningsOf(p, 16)).toContain('Ô chứa công thức — dùng kết quả đã tính');
    expect(warningsOf(p, 17)).toContain('Ô chứa công thức chưa có kết quả — để trống');
    expect(p.rows.find((r) => r.rowNumber === 17)!.problems.find((x) => say('vi', x.text).includes('chưa có kết quả'))!.field).toBe('phone');
  });

  it('refuses bad rows naming the row and why', async () => {
    const p = await preview('ds-truc-tet-2026.xlsx');
    expect(p.rows.filter((r) => r.status === 'error').map((r) => r.rowNumber)).toEqual([19, 20, 21]);
    expect(p.rows.flatMap((r) => r.problems).filter((x) => x.field === 'skills')).toEqual([]);
    expect(errorsOf(p, 19)).toEqual(['Vai trò không rõ: "Trực vận hành" — chọn vai trò cho dòng này (Lãnh đạo trực hoặc Cán bộ kỹ thuật)']);
    expect(errorsOf(p, 20)).toEqual([expect.stringMatching(/^Số điện thoại "12345" không hợp lệ/)]);
    expect(errorsOf(p, 21)).toEqual(['Thiếu họ và tên']);
  });

  it('passes over group headings and everything from the totals row down (signers are not people)', async () => {
    const p = await preview('ds-truc-tet-2026.xlsx');
    expect(p.skipped).toEqual([
      { from: 9, to: 9, reason: 'heading', text: 'I. BAN GIÁM ĐỐC' },
      { from: 12, to: 12, reason: 'heading', text: 'II. PHÒNG HẠ TẦNG VÀ AN TOÀN THÔNG TIN' },
      { from: 18, to: 18, reason: 'heading', text: 'III. PHÒNG ỨNG DỤNG' },
      { from: 22, to: 30, reason: 'after-table', text: 'Tổng cộng: 10 người' },
    ]);
    expect(p.rows.every((r) => r.rowNumber < 22)).toBe(true);
  });

  it('reads another sheet when asked for it by name, and refuses a name it does not have', async () => {
    expect(summary(await preview('ds-truc-tet-2026.xlsx', 'Dự phòng'))).toEqual([
      { row: 2, status: 'new', name: 'Phan Văn Lực', unit: '', phone: '0905123456', roles: ['technician'], skills: [] },
      { row: 3, status: 'new', name: 'Tạ Thị Hồng', unit: '', phone: '0915222333', roles: ['technician'], skills: [] },
    ]);
    expect(await read('ds-truc-tet-2026.xlsx', 'Tháng 1')).toEqual({ ok: false, error: 'Tệp không có trang tính "Tháng 1"; các trang tính: "Hướng dẫn", "DS trực Tết", "Dự phòng".' });
  });
});

describe('an office CSV saved by Excel under Vietnamese settings: semicolons, BOM, CRLF, title lines', () => {
  it('finds the header under the title, reads ; as the separator and stops at the totals row', async () => {
    const p = await preview('ds-truc-30-4-semicolon.csv');
    expect(p.headerRows).toEqual({ first: 4, last: 4 });
    expect(summary(p)).toEqual([
      { row: 5, status: 'new', name: 'Nguyễn Văn An', unit: 'Phòng CNTT', phone: '0912345601', roles: ['technician'], skills: ['network'] },
      { row: 6, status: 'new', name: 'Trần Thị Bình', unit: 'Phòng CNTT', phone: '0983456702', roles: ['leader'], skills: [] },
      { row: 7, status: 'new', name: 'Lê Văn Cường', unit: 'Phòng CNTT', phone: '0904567803', roles: ['technician'], skills: ['servers', 'network'] },
      { row: 8, status: 'error' },
      { row: 9, status: 'new', name: 'Hoàng Văn Em', unit: 'Văn phòng', phone: '0978111222', roles: ['technician'], skills: [] },
    ]);
    expect(errorsOf(p, 8)).toEqual([expect.stringMatching(/^Số điện thoại "0904.567.80" không hợp lệ/)]);
    expect(p.skipped).toEqual([{ from: 10, to: 13, reason: 'after-table', text: 'Tổng cộng: 5 người' }]);
  });
});

describe('a Windows-1258 CSV (Excel\'s plain "CSV" on Vietnamese Windows)', () => {
  it('is decoded, not refused, and every name is NFC although the file stores tone marks as combining characters', async () => {
    const bytes = fixture('office/ds-truc-2-9-windows1258.csv');
    // The premise: not UTF-8, and marks as separate characters once decoded.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('windows-1258').decode(bytes)).toMatch(/\p{M}/u);
    const p = await preview('ds-truc-2-9-windows1258.csv');
    expect(summary(p)).toEqual([
      { row: 4, status: 'new', name: 'Nguyễn Thị Hường', unit: '', phone: '0912345678', roles: ['leader'], skills: ['security'] },
      { row: 5, status: 'new', name: 'Đặng Quốc Việt', unit: '', phone: '0868222333', roles: ['technician'], skills: ['network'] },
      { row: 6, status: 'new', name: 'Lưu Ngọc Ánh', unit: '', phone: '0977444555', roles: ['technician'], skills: ['applications'] },
    ]);
    for (const row of p.rows) expect(row.staff!.fullName).toBe(row.staff!.fullName.normalize('NFC'));
    expect(p.rows.map((r) => r.staff!.title)).toEqual(['Trưởng phòng', 'Kỹ thuật viên', 'Chuyên viên']);
  });
});

describe('TCVN3 and VNI are refused with the steps to convert, naming where', () => {
  it.each([
    ['ds-tcvn3.csv', 'dòng 1: "Hä vµ tªn,Vai trß"', 'CSV UTF-8'],
    ['ds-vni.csv', 'dòng 1: "Hoï vaø teân,Vai troø"', 'CSV UTF-8'],
    ['ds-tcvn3.xlsx', 'trang tính "Sheet1", dòng 1: "Hä vµ tªn | Vai trß"', 'Excel Workbook'],
  ])('%s', async (name, where, saveAs) => {
    const result = await read(name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(`TCVN3 (ABC) hoặc VNI, không phải Unicode (${where})`);
    expect(result.error).toContain('Unikey');
    expect(result.error).toContain(saveAs);
  });
});

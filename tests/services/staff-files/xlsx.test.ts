import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import ExcelJS from 'exceljs';
import { readStaffXlsx, writeStaffXlsx } from '../../../electron/services/staff-files/xlsx';
import { acceptedStaff, previewStaffImport } from '../../../shared/staff/import-rows';
import { type ImportPreview } from '../../../shared/staff/import-preview';
import type { RawTable } from '../../../shared/staff/raw-table';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';
import { context, utf8 } from '../../shared/staff/helpers';

const HEADER = ['Họ và tên', 'Đơn vị', 'Điện thoại', 'Email', 'Vai trò', 'Ghi chú'];

async function xlsxOf(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  build(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array): Promise<RawTable> {
  const result = await readStaffXlsx(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function preview(table: RawTable): ImportPreview {
  const result = previewStaffImport(table, context());
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('writeStaffXlsx then readStaffXlsx', () => {
  it('gives back the same staff', async () => {
    const bytes = await writeStaffXlsx(SAMPLE_STAFF, DEFAULT_SKILLS);
    const imported = acceptedStaff(preview(await read(bytes))).map(({ id: _, ...rest }) => rest);
    const expected = SAMPLE_STAFF.map(({ id: _, ...rest }) => rest);
    expect(imported).toHaveLength(30);
    expect(imported).toEqual(expect.arrayContaining(expected));
  });

  it('writes every cell as text, phones as strings with their leading 0', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await writeStaffXlsx(SAMPLE_STAFF, DEFAULT_SKILLS)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('Điện thoại');
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.numFmt).toBe('@');
        expect(typeof cell.value).toBe('string');
      }),
    );
    const phones = sheet.getColumn(4).values.slice(2);
    expect(phones).toHaveLength(30);
    for (const phone of phones) expect(phone).toMatch(/^0\d{9}$/);
  });

  it('writes a text that looks like a formula as text, not as a formula', async () => {
    const bytes = await writeStaffXlsx([{ ...SAMPLE_STAFF[0]!, notes: '=1+1' }], DEFAULT_SKILLS);
    const table = await read(bytes);
    expect(table.rows[1]!.at(-1)).toBe('=1+1');
    expect(table.notes).toEqual([]);
  });
});

describe('readStaffXlsx: hostile workbooks', () => {
  it('restores the leading 0 of phones Excel stored as numbers', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(['Trần Văn An', 'P1', 912345678, '', 'kỹ thuật']);
      sheet.addRow(['Trần Văn Bình', 'P1', 84983456702, '', 'kỹ thuật']);
    });
    const table = await read(bytes);
    expect(table.rows[1]![2]).toBe('912345678');
    expect(acceptedStaff(preview(table)).map((s) => s.phone)).toEqual(['0912345678', '0983456702']);
  });

  it('uses the cached result of a formula cell and reports it on the row', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(['Trần Văn An', 'P1', { formula: 'CONCAT("0","912345678")', result: '0912345678' }, '', 'kỹ thuật']);
      sheet.addRow(['Trần Văn Bình', 'P1', '0983456702', '', 'kỹ thuật']);
    });
    const rows = preview(await read(bytes)).rows;
    expect(rows[0]).toMatchObject({ rowNumber: 2, status: 'new', staff: { phone: '0912345678' } });
    expect(rows[0]!.problems.map((p) => [p.field, p.severity, say('vi', p.text)])).toEqual([['phone', 'warning', 'Ô chứa công thức — dùng kết quả đã tính']]);
    expect(rows[1]!.problems).toEqual([]);
  });

  it('applies a unit merged down to each row, without a warning on each', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(['Trần Văn An', 'Phòng Hạ tầng', '0912345678', '', 'kỹ thuật']);
      sheet.addRow(['Trần Văn Bình', '', '0983456702', '', 'kỹ thuật']);
      sheet.addRow(['Trần Văn Cường', '', '0904567803', '', 'kỹ thuật', 'ghi chú dài']);
      sheet.mergeCells('B2:B4');
      sheet.mergeCells('F4:G4');
    });
    const rows = preview(await read(bytes)).rows;
    expect(rows.map((r) => r.staff?.unit)).toEqual(['Phòng Hạ tầng', 'Phòng Hạ tầng', 'Phòng Hạ tầng']);
    expect(rows.map((r) => r.problems.map((p) => say('vi', p.text)))).toEqual([[], [], []]);
    expect(rows[2]!.staff?.notes).toBe('ghi chú dài');
  });

  it('converts rich text, hyperlinks (mailto), dates and booleans to text', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow([
        { richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Văn An' }] },
        'P1',
        '0912345678',
        { text: 'an@binhson.gov.vn', hyperlink: 'mailto:an@binhson.gov.vn' },
        'kỹ thuật',
        new Date(Date.UTC(2026, 1, 16)),
      ]);
    });
    const staff = acceptedStaff(preview(await read(bytes)))[0];
    expect(staff).toMatchObject({ fullName: 'Trần Văn An', email: 'an@binhson.gov.vn', notes: '2026-02-16' });
  });

  it('refuses more than 5,000 data rows', async () => {
    const bytes = await xlsxOf((sheet) => {
      sheet.addRow(HEADER);
      for (let i = 0; i < 5001; i++) sheet.addRow([`Người ${i}`, '', '', '', 'kỹ thuật']);
    });
    const result = await readStaffXlsx(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('5.000');
  });

  it.each([
    ['a CSV renamed to .xlsx', utf8('Họ và tên,Vai trò\nA,kỹ thuật\n')],
    ['an old .xls (OLE2)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a broken ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
    ['an empty file', new Uint8Array()],
  ])('refuses %s with a clear message', async (_, bytes) => {
    const result = await readStaffXlsx(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Tệp không phải tệp Excel \.xlsx hợp lệ/);
  });
});

import { describe, expect, it } from 'vitest';
import { msg, say } from '../../../shared/i18n';
import { acceptedStaff, previewStaffImport } from '../../../shared/staff/import-rows';
import { type ImportPreview, type ImportProblem } from '../../../shared/staff/import-preview';
import type { RawTable } from '../../../shared/staff/raw-table';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';
import { context } from './helpers';

/** A problem with its Vietnamese sentence, as the CLI prints it. */
const inVietnamese = ({ text, ...problem }: ImportProblem) => ({ ...problem, message: say('vi', text) });

const HEADER = ['Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email', 'Vai trò', 'Kỹ năng'];

function table(...rows: string[][]): RawTable {
  return { rows: [HEADER, ...rows], notes: [] };
}

function preview(t: RawTable, existing = context()): ImportPreview {
  const result = previewStaffImport(t, existing);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('previewStaffImport: headers', () => {
  it('reads English headers, in any order and case, with marks like (*)', () => {
    const p = preview({
      rows: [
        ['ROLES', 'Full name (*)', 'E-mail', 'Phone', 'Unit', 'Title', 'Skills', 'Notes'],
        ['leader', 'Trần Quốc Bảo', 'tqbao@binhson.gov.vn', '912345601', 'Ban Giám đốc', 'Giám đốc', 'network', 'ghi chú'],
      ],
      notes: [],
    });
    expect(p.rows[0]!.staff).toMatchObject({
      id: 'new-1',
      fullName: 'Trần Quốc Bảo',
      roles: ['leader'],
      phone: '0912345601',
      email: 'tqbao@binhson.gov.vn',
      unit: 'Ban Giám đốc',
      title: 'Giám đốc',
      skills: ['network'],
      notes: 'ghi chú',
      active: true,
    });
  });

  it('reads Vietnamese headers typed without diacritics, and ignores unknown columns', () => {
    const p = preview({
      rows: [
        ['STT', 'HO VA TEN', 'vai tro', 'So dien thoai'],
        ['1', 'Lê Văn Thắng', 'kỹ thuật', '0702012318'],
      ],
      notes: [],
    });
    expect(p.columns.map((c) => c.field)).toEqual([null, 'fullName', 'roles', 'phone']);
    expect(p.rows[0]).toMatchObject({ rowNumber: 2, status: 'new' });
  });

  it('refuses a file without the required columns, naming them and the headers found', () => {
    const result = previewStaffImport(
      {
        rows: [
          ['Tên đơn vị', 'Điện thoại'],
          ['x', '0912345678'],
        ],
        notes: [],
      },
      context(),
    );
    // Not refused: the preview asks which column is which, and reads no row until then.
    expect(result.ok && result.value).toMatchObject({
      mapping: { missing: ['fullName', 'roles'], samples: [['x', '0912345678']] },
      rows: [],
    });
    expect(result.ok && say('vi', result.value.mapping!.text)).toBe('Thiếu cột bắt buộc: Họ và tên, Vai trò. Các cột tìm thấy ở dòng 1: "Tên đơn vị", "Điện thoại".');
  });

  it('finds the header below title and blank rows, and numbers rows as Excel does', () => {
    const p = preview({ rows: [['UBND TỈNH BÌNH SƠN'], ['DANH SÁCH CÁN BỘ TRỰC TẾT', '', ''], [], ['Tên cán bộ', 'Nhiệm vụ trực', 'Di động'], ['Lê Văn Thắng', 'kỹ thuật', '0702012318']], notes: [] });
    expect(p.headerRows).toEqual({ first: 4, last: 4 });
    expect(p.rows).toMatchObject([{ rowNumber: 5, status: 'new', staff: { fullName: 'Lê Văn Thắng', phone: '0702012318' } }]);
  });

  it('reads a two-row header left unmerged (a CSV): sub-headers under a group, the rest on the upper row', () => {
    const p = preview({
      rows: [
        ['STT', 'Họ và tên', 'Liên hệ', '', 'Vai trò'],
        ['', '', 'SĐT', 'Email', ''],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['1', 'Lê Văn Thắng', '0702012318', 'thang@binhson.gov.vn', 'kỹ thuật'],
      ],
      notes: [],
    });
    expect(p.headerRows).toEqual({ first: 1, last: 2 });
    expect(p.columns.map((c) => c.field)).toEqual([null, 'fullName', 'phone', 'email', 'roles']);
    expect(p.rows).toMatchObject([{ rowNumber: 4, staff: { email: 'thang@binhson.gov.vn' } }]);
  });

  it('keeps a person whose note starts like a totals row; ends at a totals row without a name', () => {
    const p = preview(table(['Lê Văn Thắng', '', '', '', '', 'kỹ thuật', ''], ['Tổng cộng: 1', '', '', '', '', '', ''], ['Trần Văn Bình', '', '', '', '', 'kỹ thuật', '']));
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(p.skipped).toEqual([{ from: 3, to: 4, reason: 'after-table', text: 'Tổng cộng: 1' }]);
    const noted = preview({
      rows: [
        ['Họ và tên', 'Vai trò', 'Ghi chú'],
        ['Lê Văn Thắng', 'kỹ thuật', 'Tổng cộng 3 ca đêm'],
        ['Trần Văn Bình', 'kỹ thuật', ''],
      ],
      notes: [],
    });
    expect(noted.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('does not look for the header past row 30', () => {
    const rows = [...Array.from({ length: 30 }, () => ['Căn cứ Công văn số 15/UBND']), ['Họ và tên', 'Vai trò'], ['Lê Văn Thắng', 'kỹ thuật']];
    expect(previewStaffImport({ rows, notes: [] }, context())).toEqual({ ok: false, error: 'Không tìm thấy dòng tiêu đề của bảng (Họ và tên, Vai trò…) trong 30 dòng đầu của tệp.' });
  });

  it('refuses an empty file', () => {
    expect(previewStaffImport({ rows: [[''], []], notes: [] }, context())).toEqual({ ok: false, error: 'Tệp không có dữ liệu.' });
  });

  it('refuses more than 5,000 data rows, saying the limit', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => [`Người ${i}`, '', '', '', '', 'kỹ thuật', '']);
    const result = previewStaffImport(table(...rows), context());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('5.000');
    expect(previewStaffImport(table(...rows.slice(1)), context()).ok).toBe(true);
  });
});

describe('previewStaffImport: rows', () => {
  it('numbers rows as Excel does and skips blank rows', () => {
    const p = preview(table(['A Văn Một', '', '', '', '', 'kỹ thuật', ''], ['', '', '', '', '', '', ''], ['B Văn Hai', '', '', '', '', 'kỹ thuật', '']));
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
  });

  it('parses roles in Vietnamese or English, several separated by , ; / or "và"', () => {
    const roles = (cell: string) => preview(table(['Trần Văn An', '', '', '', '', cell, ''])).rows[0]!.staff?.roles;
    expect(roles('Lãnh đạo trực')).toEqual(['leader']);
    expect(roles('LÃNH ĐẠO')).toEqual(['leader']);
    expect(roles('Cán bộ kỹ thuật')).toEqual(['technician']);
    expect(roles('technician')).toEqual(['technician']);
    expect(roles('lanh dao; ky thuat')).toEqual(['leader', 'technician']);
    expect(roles('Leader / Technician')).toEqual(['leader', 'technician']);
    expect(roles('Lãnh đạo trực và kỹ thuật')).toEqual(['leader', 'technician']);
  });

  it('matches skills by id, label or part of a label; an unknown skill is offered as a new one, the row still imports', () => {
    const p = preview(table(['Trần Văn An', '', '', '', '', 'kỹ thuật', 'Mạng, servers; SOC, Điện toán đám mây']));
    const row = p.rows[0]!;
    expect(row.status).toBe('new');
    expect(row.staff?.skills).toEqual(['network', 'servers', 'security', 'dien-toan-dam-may']);
    expect(row.problems.map(inVietnamese)).toEqual([{ field: 'skills', severity: 'warning', message: 'Kỹ năng mới "Điện toán đám mây" — sẽ được thêm vào danh sách kỹ năng khi nhập' }]);
  });

  it('reports every problem of a row, in Vietnamese, and keeps the row out', () => {
    const p = preview(table(['', '', '', '0912 34', 'a@@b', 'Bảo vệ', '']));
    const row = p.rows[0]!;
    expect(row.status).toBe('error');
    expect(row.staff).toBeUndefined();
    expect(row.problems.map((pr) => [pr.field, pr.severity])).toEqual([
      ['fullName', 'error'],
      ['phone', 'error'],
      ['email', 'error'],
      ['roles', 'error'],
    ]);
    expect(say('vi', row.problems[3]!.text)).toBe('Vai trò không rõ: "Bảo vệ" — chọn vai trò cho dòng này (Lãnh đạo trực hoặc Cán bộ kỹ thuật)');
  });

  it('says the same problems in English for the English UI, the cell values filled in', () => {
    const row = preview(table(['', '', '', '0912 34', 'a@@b', 'Bảo vệ', ''])).rows[0]!;
    expect(row.problems.map((pr) => say('en', pr.text))).toEqual([
      'Full name missing',
      'Phone number "0912 34" is not valid (mobile: 10 digits 03/05/07/08/09…, landline: 02…)',
      'Email "a@@b" is not valid',
      'Unknown role: "Bảo vệ" — choose this row\'s role (duty leader or technician)',
    ]);
    const namesake = preview(table(['Nguyễn Văn Hùng', '', 'Phòng Hành chính', '0911111111', '', 'kỹ thuật', '']), context(SAMPLE_STAFF)).rows[0]!;
    expect(say('en', namesake.problems[0]!.text)).toBe('Same name as Nguyễn Văn Hùng (Phòng Hạ tầng kỹ thuật, 0918901207) — will be imported as another person');
  });

  it('reports a missing role', () => {
    const row = preview(table(['Trần Văn An', '', '', '', '', '', ''])).rows[0]!;
    expect(row.problems.map(inVietnamese)).toEqual([{ field: 'roles', severity: 'error', message: 'Thiếu vai trò — chọn vai trò cho dòng này (Lãnh đạo trực hoặc Cán bộ kỹ thuật)' }]);
  });

  it('reports values too long for the directory', () => {
    const row = preview(table(['Trần Văn An', 'x'.repeat(200), '', '', '', 'kỹ thuật', ''])).rows[0]!;
    expect(row.status).toBe('error');
    expect(row.problems[0]!.field).toBe('title');
  });

  it('reads the status column, blank meaning active', () => {
    const p = preview({
      rows: [
        ['Họ và tên', 'Vai trò', 'Trạng thái'],
        ['A Văn Một', 'kỹ thuật', 'Ngừng hoạt động'],
        ['B Văn Hai', 'kỹ thuật', ''],
        ['C Văn Ba', 'kỹ thuật', 'có lẽ'],
      ],
      notes: [],
    });
    expect(p.rows.map((r) => r.staff?.active ?? r.status)).toEqual([false, true, 'error']);
  });

  it('restores cells that an export neutralised against formula injection', () => {
    const row = preview({
      rows: [
        ['Họ và tên', 'Vai trò', 'Ghi chú'],
        ['A Văn Một', 'kỹ thuật', "'=trực thay"],
      ],
      notes: [],
    }).rows[0]!;
    expect(row.staff?.notes).toBe('=trực thay');
  });

  it('shows reader notes (formulas, merged cells) on the row, as warnings of the column', () => {
    const t = table(['Trần Văn An', '', '', '912345601', '', 'kỹ thuật', '']);
    t.notes.push({ row: 2, column: 3, text: msg('staffImport.cell.formula') }, { row: 2, column: 9, text: msg('staffImport.cell.error') });
    const row = preview(t).rows[0]!;
    expect(row.status).toBe('new');
    expect(row.problems).toEqual([{ field: 'phone', severity: 'warning', text: msg('staffImport.cell.formula') }]);
  });
});

describe('previewStaffImport: duplicates', () => {
  const hung = SAMPLE_STAFF.find((s) => s.fullName === 'Nguyễn Văn Hùng' && s.unit === 'Phòng Hạ tầng kỹ thuật')!;

  it('reports a person already in the directory (same name and phone), never merging', () => {
    const p = preview(table(['Nguyễn Văn Hùng', 'Trưởng phòng', 'Phòng mới', '+84 918 901 207', '', 'kỹ thuật', '']), context(SAMPLE_STAFF));
    expect(p.rows[0]).toMatchObject({ status: 'duplicate-of-existing', duplicateOf: { staffId: hung.id } });
    expect(say('vi', p.rows[0]!.problems[0]!.text)).toContain('Nguyễn Văn Hùng (Phòng Hạ tầng kỹ thuật, 0918901207)');
    expect(acceptedStaff(p)).toEqual([]);
  });

  it('reports a person already in the directory by same name and email, ignoring diacritics and case', () => {
    const p = preview(table(['NGUYEN VAN HUNG', '', '', '', 'NVHUNG.HT@binhson.gov.vn', 'kỹ thuật', '']), context(SAMPLE_STAFF));
    expect(p.rows[0]!.status).toBe('duplicate-of-existing');
  });

  it('reports a row repeating an earlier row of the file', () => {
    const p = preview(table(['Trần Văn An', '', 'P1', '0912345678', '', 'kỹ thuật', ''], ['Trần Văn An', '', 'P1', '0912.345.678', '', 'kỹ thuật', '']));
    expect(p.rows[1]).toMatchObject({ status: 'duplicate-in-file', duplicateOf: { rowNumber: 2 } });
    expect(p.counts).toEqual({ new: 1, 'duplicate-of-existing': 0, 'duplicate-in-file': 1, error: 0 });
  });

  it('does not count a row with errors as the original of a later one', () => {
    const p = preview(table(['Trần Văn An', '', '', '0912345678', 'sai@@', 'kỹ thuật', ''], ['Trần Văn An', '', '', '0912345678', '', 'kỹ thuật', '']));
    expect(p.rows.map((r) => r.status)).toEqual(['error', 'new']);
  });

  it('allows two people with the same name in different units and phones, with a warning', () => {
    const p = preview(table(['Nguyễn Văn Hùng', '', 'Phòng Hành chính', '0911111111', '', 'kỹ thuật', '']), context(SAMPLE_STAFF));
    expect(p.rows[0]!.status).toBe('new');
    expect(p.rows[0]!.problems[0]).toMatchObject({ field: 'row', severity: 'warning' });
    expect(say('vi', p.rows[0]!.problems[0]!.text)).toContain('sẽ được nhập như một người khác');
  });
});

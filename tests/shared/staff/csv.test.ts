import { describe, expect, it } from 'vitest';
import { inVietnamese } from '../../helpers/file-read';
import { say } from '../../../shared/i18n';
import Papa from 'papaparse';
import { parseStaffCsv, staffToCsv } from '../../../shared/staff/csv';
import { acceptedStaff, previewStaffImport } from '../../../shared/staff/import-rows';
import type { RawTable } from '../../../shared/staff/raw-table';
import { DEFAULT_SKILLS, type StaffMember } from '../../../shared/staff/schema';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';
import { context, fixture, utf8 } from './helpers';

/** The refusal of TCVN3/VNI: what it is, where, and the steps ending with the UTF-8 save. */
const LEGACY = (where: string) => ({ ok: false, error: expect.stringMatching(new RegExp(`^Tệp dùng bảng mã cũ TCVN3 \\(ABC\\) hoặc VNI, không phải Unicode \\(${where}.*Unikey.*CSV UTF-8`)) });
const BOM = '\uFEFF';

function rowsOf(bytes: Uint8Array): string[][] {
  const result = parseStaffCsv(bytes);
  if (!result.ok) throw new Error(say('vi', result.error));
  return result.value.rows;
}

function table(bytes: Uint8Array): RawTable {
  return { rows: rowsOf(bytes), notes: [] };
}

const PLAIN = 'Họ và tên,Vai trò,Điện thoại\r\nNguyễn Văn An,Cán bộ kỹ thuật,912345678\r\n';

describe('parseStaffCsv: encodings and delimiters', () => {
  it('reads UTF-8 with and without BOM alike', () => {
    expect(rowsOf(utf8(BOM + PLAIN))).toEqual(rowsOf(utf8(PLAIN)));
    expect(rowsOf(utf8(BOM + PLAIN))[0]![0]).toBe('Họ và tên');
  });

  it('reads UTF-16 (Excel "Unicode Text")', () => {
    const text = BOM + PLAIN;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(rowsOf(bytes)).toEqual(rowsOf(utf8(PLAIN)));
  });

  it('detects ; as Excel writes it under Vietnamese regional settings', () => {
    const rows = rowsOf(utf8('Họ và tên;Đơn vị;Vai trò\nNguyễn Văn An;Trung tâm CNTT, Sở KH&CN;kỹ thuật\n'));
    expect(rows).toEqual([
      ['Họ và tên', 'Đơn vị', 'Vai trò'],
      ['Nguyễn Văn An', 'Trung tâm CNTT, Sở KH&CN', 'kỹ thuật'],
    ]);
  });

  it('keeps newlines inside quoted fields, and row numbers count records as Excel does', () => {
    const csv = 'Họ và tên,Vai trò,Ghi chú\n"Nguyễn Văn An",kỹ thuật,"dòng 1\ndòng 2"\nTrần Văn Bình,kỹ thuật,""""\n';
    const rows = rowsOf(utf8(csv));
    expect(rows).toHaveLength(3);
    expect(rows[1]![2]).toBe('dòng 1\ndòng 2');
    expect(rows[2]![2]).toBe('"');
  });

  it('says its refusals in English for the English UI, with the row and the line that shows the old encoding', () => {
    const unclosed = parseStaffCsv(utf8('Họ và tên,Vai trò\nA,kỹ thuật\n"B,kỹ thuật\nC,kỹ thuật\n'));
    expect(!unclosed.ok && say('en', unclosed.error)).toBe('Row 3: a closing double quote (") is missing; the CSV file is broken from this row on.');
    const legacy = parseStaffCsv(utf8('Hä vµ tªn,Vai trß\nNguyÔn V¨n An,C¸n bé kü thuËt\n'));
    expect(!legacy.ok && say('en', legacy.error)).toMatch(/^The file uses the old TCVN3 \(ABC\) or VNI encoding, not Unicode \(row 1: "Hä vµ tªn,Vai trß"\)\. To convert it.*CSV UTF-8/);
  });

  it('refuses a file with an unclosed quote, naming the row', () => {
    expect(inVietnamese(parseStaffCsv(utf8('Họ và tên,Vai trò\nA,kỹ thuật\n"B,kỹ thuật\nC,kỹ thuật\n')))).toEqual({
      ok: false,
      error: 'Dòng 3: thiếu dấu ngoặc kép (") đóng; tệp CSV bị hỏng từ dòng này.',
    });
  });

  it('refuses raw TCVN3 bytes (invalid UTF-8)', () => {
    // "Nguyễn Văn An" in TCVN3: ễ = 0xD4, ă = 0xA8.
    const tcvn3 = new Uint8Array([...utf8('Ho va ten,Vai tro\nNguy'), 0xd4, ...utf8('n V'), 0xa8, ...utf8('n An,ky thuat\n')]);
    expect(inVietnamese(parseStaffCsv(tcvn3))).toEqual(LEGACY('dòng 2: "NguyÔn V¨n An,ky thuat"'));
  });

  it('refuses raw VNI bytes (invalid UTF-8)', () => {
    // "Nguyễn Văn" in VNI: e + 0xE3 (ã), a + 0xEA (ê).
    const vni = new Uint8Array([...utf8('Ho va ten,Vai tro\nNguye'), 0xe3, ...utf8('n Va'), 0xea, ...utf8('n An,ky thuat\n')]);
    expect(inVietnamese(parseStaffCsv(vni))).toEqual(LEGACY('dòng 2: "Nguyeăn Vaên An,ky thuat"'));
  });

  it('refuses TCVN3 text that was re-saved as UTF-8 (mojibake)', () => {
    expect(inVietnamese(parseStaffCsv(utf8('Hä vµ tªn,Vai trß\nNguyÔn V¨n An,C¸n bé kü thuËt\nTrÇn ThÞ Hµ,L·nh ®¹o\n')))).toEqual(LEGACY('dòng 1: "Hä vµ tªn,Vai trß"'));
  });

  it('refuses VNI text that was re-saved as UTF-8 (mojibake)', () => {
    expect(inVietnamese(parseStaffCsv(utf8('Hoï vaø teân,Vai troø\nNguyeãn Vaên An,Caùn boä kyõ thuaät\n')))).toEqual(LEGACY('dòng 1: "Hoï vaø teân,Vai troø"'));
  });

  it('refuses text already damaged by a lossy conversion (replacement characters)', () => {
    expect(inVietnamese(parseStaffCsv(utf8('Họ và tên,Vai trò\nNguye\uFFFDn V\uFFFDn An,kỹ thuật\n')))).toEqual(LEGACY('dòng 2: '));
  });

  it('accepts real Vietnamese full of marks, and typographic punctuation', () => {
    const text = 'Họ và tên,Vai trò,Ghi chú\nHoàng Thị Thuý,kỹ thuật,“Khoẻ” – trực Giao thừa…\nÂu Dương Khuê,kỹ thuật,Xuân Tuấn Nguyên\n';
    expect(parseStaffCsv(utf8(text)).ok).toBe(true);
  });

  it('refuses 10,000 rows quickly, without reading them all', () => {
    const csv = 'Họ và tên,Vai trò\n' + 'Nguyễn Văn An,kỹ thuật\n'.repeat(10_000);
    const started = performance.now();
    const result = parseStaffCsv(utf8(csv));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say('vi', result.error)).toContain('5.000');
  });

  it('accepts exactly 5,000 data rows', () => {
    const csv = 'Họ và tên,Vai trò\n' + 'Nguyễn Văn An,kỹ thuật\n'.repeat(5000);
    expect(rowsOf(utf8(csv))).toHaveLength(5001);
  });
});

describe('the sample files', () => {
  it('sample-staff.csv is the sample directory exported, and imports back in full', () => {
    const bytes = fixture('sample-staff.csv');
    expect(new TextDecoder().decode(bytes)).toBe(new TextDecoder().decode(utf8(staffToCsv(SAMPLE_STAFF, DEFAULT_SKILLS))).replace(/^\uFEFF/, ''));
    const result = previewStaffImport(table(bytes), context());
    if (!result.ok) throw new Error(say('vi', result.error));
    expect(result.value.counts).toEqual({ new: 30, 'duplicate-of-existing': 0, 'duplicate-in-file': 0, error: 0 });
  });

  it('importing sample-staff.csv into the sample directory finds everyone already there', () => {
    const result = previewStaffImport(table(fixture('sample-staff.csv')), context(SAMPLE_STAFF));
    if (!result.ok) throw new Error(say('vi', result.error));
    expect(result.value.counts['duplicate-of-existing']).toBe(30);
  });

  it('sample-staff-broken.csv (semicolons, no BOM) shows each broken row with its problem', () => {
    const result = previewStaffImport(table(fixture('sample-staff-broken.csv')), context());
    if (!result.ok) throw new Error(say('vi', result.error));
    const summary = result.value.rows.map((r) => [r.rowNumber, r.status, r.problems.map((p) => p.field).join(',')]);
    expect(summary).toEqual([
      [2, 'new', ''],
      [3, 'new', ''],
      [4, 'error', 'fullName'],
      [5, 'error', 'phone'],
      [6, 'error', 'email'],
      [7, 'error', 'roles'],
      [8, 'duplicate-in-file', 'row'],
      [9, 'new', ''],
      [10, 'new', ''],
      [11, 'new', 'row'],
      [12, 'new', 'skills'],
    ]);
    const staff = acceptedStaff(result.value);
    expect(staff.map((s) => s.phone)).toEqual(['0912345601', '0983456702', '0868789015', '0918901207', '0909012308', '0399345621']);
    expect(staff.find((s) => s.fullName === 'Phan Thanh Sơn')?.notes).toBe('Trực thay\nkhi cần');
  });
});

describe('staffToCsv', () => {
  const person: StaffMember = {
    id: 'x',
    fullName: 'Nguyễn Văn An',
    title: '=HYPERLINK("http://evil","bấm")',
    unit: '+Phòng',
    phone: '+84 912 345 678',
    email: '@an',
    roles: ['leader', 'technician'],
    skills: ['security', 'network'],
    active: true,
    notes: '-1+2',
  };

  it('starts with a BOM so Excel reads the Vietnamese correctly', () => {
    expect(staffToCsv([person], DEFAULT_SKILLS).startsWith(BOM + 'Họ và tên,Chức vụ,Đơn vị,Điện thoại')).toBe(true);
  });

  it('neutralises cells that spreadsheets would run as formulas', () => {
    const [, row] = Papa.parse<string[]>(staffToCsv([person], DEFAULT_SKILLS).slice(1)).data;
    expect(row).toEqual([
      'Nguyễn Văn An',
      `'=HYPERLINK("http://evil","bấm")`,
      "'+Phòng",
      '0912 345 678',
      "'@an",
      'Lãnh đạo trực, Cán bộ kỹ thuật',
      'An toàn thông tin / SOC, Mạng',
      'Đang hoạt động',
      "'-1+2",
    ]);
  });

  it('writes a valid +84 phone as a grouped national number: no formula, and the 0 kept', () => {
    const cell = Papa.parse<string[]>(staffToCsv([person], DEFAULT_SKILLS).slice(1)).data[1]![3]!;
    expect(cell).toBe('0912 345 678');
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cell).not.toMatch(/^\d+$/); // a bare number would lose its 0 when Excel opens the file
  });

  it('neutralises a phone that did not validate, like any other text', () => {
    const cell = Papa.parse<string[]>(staffToCsv([{ ...person, phone: '+1 (202) 555' }], DEFAULT_SKILLS).slice(1)).data[1]![3];
    expect(cell).toBe("'+1 (202) 555");
  });

  it('writes ; when asked, for Excel under Vietnamese regional settings', () => {
    expect(staffToCsv([person], DEFAULT_SKILLS, ';').split('\r\n')[0]).toBe(BOM + 'Họ và tên;Chức vụ;Đơn vị;Điện thoại;Email;Vai trò;Kỹ năng;Trạng thái;Ghi chú');
  });

  it('round-trips through import, formula cells included', () => {
    const hostile = { ...person, email: 'an@binhson.gov.vn' };
    const csv = staffToCsv([hostile, ...SAMPLE_STAFF], DEFAULT_SKILLS, ';');
    const result = previewStaffImport(table(utf8(csv)), context());
    if (!result.ok) throw new Error(say('vi', result.error));
    const imported = acceptedStaff(result.value).map(({ id: _, ...rest }) => rest);
    const expected = [{ ...hostile, phone: '0912345678' }, ...SAMPLE_STAFF].map(({ id: _, ...rest }) => rest);
    expect(imported).toEqual(expect.arrayContaining(expected));
    expect(imported).toHaveLength(expected.length);
  });
});

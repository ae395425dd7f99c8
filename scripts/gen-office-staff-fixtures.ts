/**
 * Writes the staff lists of tests/fixtures/office/ the way Vietnamese offices make them: an XLSX with
 * the agency's name and a title above a merged two-row header, an STT column, phones stored as
 * numbers, a unit merged down, formula cells, group headings, a totals row and a signature block, on
 * the second of three sheets; a semicolon CSV with BOM, CRLF and title lines (Excel under Vietnamese
 * regional settings); a CSV in Windows-1258 (Excel's plain "CSV" on Vietnamese Windows, tone marks as
 * combining characters); a list under the office's own headings, whose columns the user maps; and
 * the same list in TCVN3 and VNI, which the import must refuse.
 *
 * Run: npx tsx scripts/gen-office-staff-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT = fileURLToPath(new URL('../tests/fixtures/office/', import.meta.url));
const STAMP = new Date(Date.UTC(2026, 0, 10, 8, 0));

function workbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Trung tâm CNTT';
  book.created = STAMP;
  book.modified = STAMP;
  return book;
}

async function save(book: ExcelJS.Workbook, name: string): Promise<void> {
  writeFileSync(OUT + name, new Uint8Array(await book.xlsx.writeBuffer()));
}

/** The roster sheet of a provincial IT centre, as typed in Excel. */
function rosterSheet(sheet: ExcelJS.Worksheet): void {
  sheet.columns = [6, 26, 16, 22, 16, 30, 16, 24, 16].map((width) => ({ width }));
  const titles: [range: string, text: string][] = [
    ['A1:D1', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NAM ĐỊNH'],
    ['E1:I1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['A2:D2', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN'],
    ['E2:I2', 'Độc lập - Tự do - Hạnh phúc'],
    ['A4:I4', 'DANH SÁCH CÁN BỘ TRỰC TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026'],
    ['A5:I5', '(Kèm theo Công văn số 15/TTCNTT-KT ngày 10/01/2026)'],
  ];
  for (const [range, text] of titles) {
    sheet.getCell(range.split(':')[0]!).value = text;
    sheet.mergeCells(range);
  }

  // Row 7–8: the header; "Thông tin liên hệ" is a group over two sub-headers, the rest merged down.
  const header: Record<string, string> = { A: 'STT', B: 'Họ và tên', C: 'Chức vụ', D: 'Đơn vị', E: 'Thông tin liên hệ', G: 'Nhiệm vụ trực', H: 'Chuyên môn', I: 'Ghi chú' };
  for (const [column, text] of Object.entries(header)) sheet.getCell(`${column}7`).value = text;
  sheet.getCell('E8').value = 'Số điện thoại';
  sheet.getCell('F8').value = 'Thư điện tử';
  for (const column of ['A', 'B', 'C', 'D', 'G', 'H', 'I']) sheet.mergeCells(`${column}7:${column}8`);
  sheet.mergeCells('E7:F7');
  for (const row of [7, 8]) sheet.getRow(row).font = { bold: true };

  const people: (ExcelJS.CellValue | undefined)[][] = [
    ['I. BAN GIÁM ĐỐC'],
    [1, 'Nguyễn Văn Hùng', 'Phó Giám đốc', 'Ban Giám đốc', 912345678, 'hungnv@stttt.namdinh.gov.vn', 'Lãnh đạo trực', 'An toàn thông tin'],
    [2, 'Bùi Thị Thu Hà', 'Giám đốc', 'Ban Giám đốc', 84912000111, '', 'Lãnh đạo', '', 'Trực đêm Giao thừa'],
    ['II. PHÒNG HẠ TẦNG VÀ AN TOÀN THÔNG TIN'],
    [3, 'Trần Thị Mai', 'Trưởng phòng', 'Phòng Hạ tầng', '0983 456 702', 'maitt@stttt.namdinh.gov.vn', 'Trưởng phòng', 'Mạng, Hệ thống'],
    [4, 'Lê Văn Nam', 'Kỹ sư', undefined, '+84 868 123 456', '', 'Kỹ thuật', 'Mạng'],
    [5, 'Phạm Quốc Bảo', 'Chuyên viên', undefined, '0904.111.222', '', 'Cán bộ kỹ thuật', 'Máy chủ; Cơ sở dữ liệu'],
    // Typed on a Mac: the name's marks are decomposed (NFD).
    [6, 'Hoàng Thị Lan'.normalize('NFD'), 'Kỹ sư', undefined, { formula: 'CONCATENATE("0","936","777888")', result: '0936777888' }, '', 'Kỹ thuật', 'ATTT, SOC'],
    [7, 'Đỗ Minh Tuấn', 'Chuyên viên', 'Phòng An toàn thông tin', { formula: 'VLOOKUP(B17,DanhBa!A:B,2,FALSE)' }, '', 'Kỹ thuật', 'Giám sát ATTT'],
    ['III. PHÒNG ỨNG DỤNG'],
    [8, 'Vũ Đức Anh', 'Kỹ sư', 'Phòng Ứng dụng', 977555444, '', 'Trực vận hành', 'Phần mềm'],
    [9, 'Ngô Thanh Hà', 'Cán bộ', 'Phòng Ứng dụng', 12345, '', 'Kỹ thuật', 'Ứng dụng'],
    [10, '', '', 'Phòng Ứng dụng', '0912 888 999', '', 'Kỹ thuật', ''],
  ];
  people.forEach((values, i) => {
    const row = sheet.getRow(9 + i);
    values.forEach((value, column) => {
      if (value !== undefined) row.getCell(column + 1).value = value;
    });
    if (values.length === 1) sheet.mergeCells(9 + i, 1, 9 + i, 9);
  });
  // "Phòng Hạ tầng" typed once and merged down over its four people (rows 13–16).
  sheet.mergeCells('D13:D16');
  sheet.getColumn(5).numFmt = '0';

  sheet.getCell('A22').value = 'Tổng cộng: 10 người';
  sheet.mergeCells('A22:D22');
  sheet.getCell('F24').value = 'Nam Định, ngày 10 tháng 01 năm 2026';
  sheet.getCell('B25').value = 'NGƯỜI LẬP BIỂU';
  sheet.getCell('G25').value = 'KT. GIÁM ĐỐC';
  sheet.getCell('B26').value = '(Ký, ghi rõ họ tên)';
  sheet.getCell('G26').value = 'PHÓ GIÁM ĐỐC';
  sheet.getCell('B30').value = 'Trần Thị Mai';
  sheet.getCell('G30').value = 'Nguyễn Văn Hùng';
}

async function officeWorkbook(): Promise<void> {
  const book = workbook();
  const guide = book.addWorksheet('Hướng dẫn');
  guide.getCell('A1').value = 'Hướng dẫn điền danh sách';
  guide.getCell('A2').value = 'Mỗi cán bộ một dòng; số điện thoại ghi đủ 10 chữ số.';
  rosterSheet(book.addWorksheet('DS trực Tết'));
  const spare = book.addWorksheet('Dự phòng');
  spare.addRow(['Họ tên', 'SĐT', 'Vai trò']);
  spare.addRow(['Phan Văn Lực', 905123456, 'Kỹ thuật']);
  spare.addRow(['Tạ Thị Hồng', '0915 222 333', 'Kỹ thuật']);
  await save(book, 'ds-truc-tet-2026.xlsx');
}

/**
 * A district office's own headings, none of which name the person or the duty the usual way
 * ("Người trực", "Phân công"): the import asks which column is which, and remembers it.
 */
async function ownHeadingsWorkbook(): Promise<void> {
  const book = workbook();
  const sheet = book.addWorksheet('Phân công');
  sheet.getCell('A1').value = 'PHÂN CÔNG TRỰC KỸ THUẬT DỊP TẾT DƯƠNG LỊCH 2027';
  sheet.mergeCells('A1:F1');
  sheet.addRow([]);
  sheet.addRow(['STT', 'Người trực', 'Bộ phận', 'Số máy liên hệ', 'Phân công', 'Lĩnh vực phụ trách']);
  sheet.addRow([1, 'Trịnh Văn Khoa', 'Tổ Kỹ thuật', 983111222, 'Trực lãnh đạo', 'ATTT']);
  sheet.addRow([2, 'Mai Thị Ngọc', 'Tổ Kỹ thuật', 977333444, 'Trực kỹ thuật', 'Điện toán đám mây, Mạng']);
  sheet.addRow([3, 'Lý Văn Quang', 'Tổ Kỹ thuật', '0904 555 666', 'Trực kỹ thuật', 'Cloud']);
  sheet.addRow([4, 'Châu Thị Oanh', 'Tổ Kỹ thuật', '0912 777 000', 'Hỗ trợ', 'Mạng']);
  await save(book, 'ds-phan-cong-truc.xlsx');
}

const SEMICOLON_CSV = [
  'SỞ TÀI CHÍNH TỈNH BÌNH SƠN;;;;;',
  'DANH SÁCH CÁN BỘ TRỰC KỸ THUẬT DỊP 30/4 – 1/5/2026;;;;;',
  ';;;;;',
  'STT;Họ tên;Phòng ban;SĐT;Vai trò;Kỹ năng',
  '1;Nguyễn Văn An;Phòng CNTT;912345601;Kỹ thuật;Mạng',
  '2;Trần Thị Bình;Phòng CNTT;0983 456 702;Lãnh đạo;',
  '3;Lê Văn Cường;Phòng CNTT;+84 904 567 803;Cán bộ kỹ thuật;"Máy chủ, Mạng"',
  '4;Phạm Thị Dung;Văn phòng;0904.567.80;Kỹ thuật;',
  '5;Hoàng Văn Em;Văn phòng;0978 111 222;Kỹ sư;',
  'Tổng cộng: 5 người;;;;;',
  ';;;;;',
  ';;;Người lập biểu;;',
  ';;;Trần Thị Bình;;',
];

const WINDOWS_1258_CSV = [
  'DANH SÁCH CÁN BỘ TRỰC LỄ QUỐC KHÁNH 2/9/2026,,,,',
  ',,,,',
  'Họ và tên,Chức danh,Điện thoại,Vai trò,Chuyên môn',
  'Nguyễn Thị Hường,Trưởng phòng,0912 345 678,Lãnh đạo trực,An toàn thông tin',
  'Đặng Quốc Việt,Kỹ thuật viên,0868 222 333,Kỹ thuật,Mạng',
  'Lưu Ngọc Ánh,Chuyên viên,0977 444 555,Cán bộ kỹ thuật,Ứng dụng',
  'Tổng cộng: 3 người,,,,',
];

/**
 * Windows' own conversion to code page 1258: a precomposed letter where the code page has one
 * (à, â, ê, ơ…), otherwise the base letter and the tone as a combining character (ế = ê + U+0301).
 */
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  const out: number[] = [];
  const byteOf = (char: string) => table.get(char) ?? fail(char);
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const [base = '', ...marks] = [...cluster];
    // Circumflex, breve and horn belong to the letter (â, ă, ơ); the tone may be a separate character.
    const letter = (base + marks.filter((m) => !TONES.includes(m)).join('')).normalize('NFC');
    const tone = marks.find((m) => TONES.includes(m));
    const toned = tone && (letter + tone).normalize('NFC');
    if (toned && table.has(toned)) out.push(byteOf(toned));
    else out.push(byteOf(letter), ...(tone ? [byteOf(tone)] : []));
  }
  return Uint8Array.from(out);
}

/** TCVN3 (ABC): lower-case Vietnamese letters, one byte each; upper case needs another font, so none here. */
const TCVN3: Record<string, number> = Object.fromEntries([
  ['ă', 0xa8],
  ['â', 0xa9],
  ['ê', 0xaa],
  ['ô', 0xab],
  ['ơ', 0xac],
  ['ư', 0xad],
  ['đ', 0xae],
  ['Đ', 0xa7],
  ['à', 0xb5],
  ['ả', 0xb6],
  ['ã', 0xb7],
  ['á', 0xb8],
  ['ạ', 0xb9],
  ['ầ', 0xc7],
  ['ậ', 0xcb],
  ['è', 0xcc],
  ['é', 0xd0],
  ['ễ', 0xd4],
  ['ệ', 0xd6],
  ['ì', 0xd7],
  ['ị', 0xde],
  ['ò', 0xdf],
  ['ọ', 0xe4],
  ['ỗ', 0xe7],
  ['ộ', 0xe9],
  ['ù', 0xef],
  ['ũ', 0xf2],
  ['ú', 0xf3],
  ['ừ', 0xf5],
  ['ỹ', 0xfc],
] as const);

function encodeTcvn3(text: string): Uint8Array {
  return Uint8Array.from([...text.normalize('NFC')].map((char) => TCVN3[char] ?? (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : fail(char))));
}

function fail(char: string): never {
  throw new Error(`"${char}" has no byte in this code page`);
}

const TCVN3_ROWS = ['Họ và tên,Vai trò', 'Nguyễn Văn Hùng,Lãnh đạo', 'Trần Thị Mai,Kỹ thuật', 'Đỗ Văn Tú,Kỹ thuật'];
/** The same list in VNI Windows as its bytes read in Latin-1: base letters followed by their marks. */
const VNI_ROWS = ['Hoï vaø teân,Vai troø', 'Nguyeãn Vaên Huøng,Laõnh ñaïo', 'Traàn Thò Mai,Kyõ thuaät'];

async function tcvn3Workbook(): Promise<void> {
  // Typed with the .VnTime font: the cells hold TCVN3 bytes as Latin-1 letters.
  const book = workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of TCVN3_ROWS) sheet.addRow([...Buffer.from(encodeTcvn3(row)).toString('latin1').split(',')]);
  await save(book, 'ds-tcvn3.xlsx');
}

const crlf = (lines: readonly string[]) => lines.join('\r\n') + '\r\n';

writeFileSync(OUT + 'ds-truc-30-4-semicolon.csv', '\uFEFF' + crlf(SEMICOLON_CSV));
writeFileSync(OUT + 'ds-truc-2-9-windows1258.csv', encodeWindows1258(crlf(WINDOWS_1258_CSV)));
writeFileSync(OUT + 'ds-tcvn3.csv', encodeTcvn3(crlf(TCVN3_ROWS)));
writeFileSync(OUT + 'ds-vni.csv', Buffer.from(crlf(VNI_ROWS), 'latin1'));
await officeWorkbook();
await ownHeadingsWorkbook();
await tcvn3Workbook();

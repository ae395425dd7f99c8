import type ExcelJS from 'exceljs';
import { excel } from '../files/excel';
import { msg, type Message } from '../../../shared/i18n/message';
import type { Skill, StaffMember } from '../../../shared/staff/schema';
import { staffExportRows } from '../../../shared/staff/export-rows';
import { MAX_IMPORT_ROWS, isBlankRow, tooManyRowsMessage, type FileRead, type RawCellNote, type RawTable } from '../../../shared/staff/raw-table';
import { REQUIRED_FIELDS } from '../../../shared/staff/columns';
import { HEADER_SEARCH_ROWS, findHeader } from '../../../shared/staff/header-row';
import { firstLegacyLine, legacyEncodingMessage, looksLikeLegacyVietnamese } from '../../../shared/staff/legacy-encoding';
import { guardXlsx, type GuardResult } from './xlsx-guard';

/** A directory of 5,000 people is well under 2 MB; anything far bigger is not a staff list. */
const MAX_XLSX_BYTES = 20 * 1024 * 1024;
/** Columns past this cannot hold a header we know; a stray cell at XFD must not make rows 16,384 wide. */
const MAX_COLUMNS = 50;
/** The data rows, a title and header above them and a signature block below: more is not one staff list. */
const MAX_SHEET_ROWS = MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS + 30;

const NOT_XLSX = 'Tệp không phải tệp Excel .xlsx hợp lệ (có thể là tệp .xls cũ, tệp hỏng hoặc tệp khác đổi đuôi). Hãy mở bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".';

/**
 * Reads a sheet of an XLSX file into the same table of text cells as a CSV, noting on each row what a
 * spreadsheet may hide: formulas (their last computed result is used) and merged cells. The sheet is
 * the one named, or else the first whose header names the required columns (an office workbook often
 * opens on a cover or instructions sheet).
 */
export async function readStaffXlsx(bytes: Uint8Array, sheetName?: string): Promise<FileRead<RawTable>> {
  if (bytes.length > MAX_XLSX_BYTES) return { ok: false, error: `Tệp quá lớn (hơn ${MAX_XLSX_BYTES / 1024 / 1024} MB) để là danh bạ cán bộ.` };
  // Every XLSX is a ZIP archive; checking the signature first gives a clear message for .xls and CSV.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: NOT_XLSX };
  const guarded = guardXlsx(bytes);
  if (!guarded.ok) return { ok: false, error: refusal(guarded) };
  const workbook = new (await excel()).Workbook();
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it really reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: NOT_XLSX };
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== 'veryHidden');
  if (sheets.length === 0) return { ok: false, error: NOT_XLSX };
  const names = sheets.map((s) => s.name.normalize('NFC'));
  let chosen = sheetName === undefined ? -1 : names.indexOf(sheetName.normalize('NFC'));
  if (sheetName !== undefined && chosen < 0) return { ok: false, error: `Tệp không có trang tính "${sheetName}"; các trang tính: ${names.map((n) => `"${n}"`).join(', ')}.` };
  const tables: RawTable[] = [];
  for (const sheet of sheets) {
    // The header rows and a title above them, plus the limit.
    if (sheet.actualRowCount > MAX_SHEET_ROWS) tables.push({ rows: [], notes: [] });
    else tables.push(readSheet(sheet));
  }
  if (chosen < 0) chosen = defaultSheet(tables);
  const sheet = sheets[chosen]!;
  const table = tables[chosen]!;
  const header = findHeader(table.rows);
  const dataRows = table.rows.slice(header ? header.last + 1 : 1).filter((row) => !isBlankRow(row)).length;
  if (sheet.actualRowCount > MAX_SHEET_ROWS || dataRows > MAX_IMPORT_ROWS) return { ok: false, error: tooManyRowsMessage() };
  const lines = table.rows.map((row) => row.filter(Boolean).join(' | '));
  if (looksLikeLegacyVietnamese(lines.join('\n'))) {
    const where = firstLegacyLine(lines, false);
    return { ok: false, error: legacyEncodingMessage('xlsx', `trang tính "${names[chosen]}"${where ? `, dòng ${where.line}: "${where.text}"` : ''}`) };
  }
  return { ok: true, value: { ...table, sheets: { names, chosen } } };
}

function refusal(result: Exclude<GuardResult, { ok: true }>): string {
  switch (result.reason) {
    case 'not-zip':
      return NOT_XLSX;
    case 'too-large':
      return `Tệp giải nén ra hơn ${result.limit / 1024 / 1024} MB, quá lớn để là danh bạ cán bộ (có thể là tệp hỏng hoặc "bom nén"); tệp không được đọc.`;
    case 'bad-shared-string':
      return `Trang tính "${result.sheet}", ô ${result.cell}: ô trỏ tới chuỗi văn bản số ${result.index} nhưng tệp chỉ có ${result.count} chuỗi — tệp hỏng hoặc do phần mềm khác ghi sai. Hãy mở bằng Excel, kiểm tra ô đó và lưu lại dưới dạng "Excel Workbook (.xlsx)".`;
  }
}

/** The first sheet whose header has the required columns, else the first with any known header, else the first. */
function defaultSheet(tables: readonly RawTable[]): number {
  const headers = tables.map((t) => findHeader(t.rows));
  const complete = headers.findIndex((h) => h !== null && REQUIRED_FIELDS.every((f) => h.columns.some((c) => c.field === f)));
  if (complete >= 0) return complete;
  return Math.max(
    0,
    headers.findIndex((h) => h !== null),
  );
}

function readSheet(sheet: ExcelJS.Worksheet): RawTable {
  const rows: string[][] = [];
  const notes: RawCellNote[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_COLUMNS) return;
      const note = (text: Message) => notes.push({ row: rowNumber, column: column - 1, text });
      if (cell.isMerged && cell.master !== cell) {
        // A unit merged down several rows means every one of them, as anyone reading the sheet takes it;
        // merged across, it belongs to the first column only, and the user is told the others are empty.
        if (cell.master.col === cell.col) {
          cells[column - 1] = cellText(cell.master.value);
        } else {
          note(msg('staffImport.cell.merged', { cell: cell.master.address }));
        }
        return;
      }
      if (isFormula(cell.value)) {
        note(msg(cell.value.result === undefined ? 'staffImport.cell.formulaNoResult' : 'staffImport.cell.formula'));
      }
      if (isError(cell.value) || (isFormula(cell.value) && isError(cell.value.result))) note(msg('staffImport.cell.error'));
      cells[column - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { rows: Array.from(rows, (r) => r ?? []), notes };
}

type Formula = { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };

function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellValue & Formula {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function isError(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/**
 * What the user sees in the cell, as text, NFC-normalised so a name typed on two machines is one
 * string; numbers keep all their digits (the phone check restores a dropped 0).
 */
function cellText(value: ExcelJS.CellValue): string {
  return rawCellText(value)
    .normalize('NFC')
    .replace(/[\u200B\uFEFF]/g, '');
}

function rawCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Excel dates carry no zone: ExcelJS gives the wall-clock time as UTC.
  if (value instanceof Date)
    return value
      .toISOString()
      .slice(0, value.getUTCHours() || value.getUTCMinutes() ? 16 : 10)
      .replace('T', ' ');
  if (isFormula(value)) return rawCellText(value.result ?? null);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  return '';
}

/**
 * The directory as an XLSX workbook, every cell typed as text ('@'): phones keep their 0 and nothing
 * can become a formula, and the columns stay text for rows the user types in later.
 */
export async function writeStaffXlsx(staff: readonly StaffMember[], skills: readonly Skill[]): Promise<Uint8Array> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('Danh bạ', { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = staffExportRows(staff, skills);
  const header = rows[0] ?? [];
  const widest = (i: number) => Math.max(...rows.map((r) => r[i]?.length ?? 0));
  sheet.columns = header.map((_, i) => ({ width: Math.min(40, widest(i) + 2), style: { numFmt: '@' } }));
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

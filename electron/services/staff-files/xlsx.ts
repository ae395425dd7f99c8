import ExcelJS from 'exceljs';
import type { Skill, StaffMember } from '../../../shared/staff/schema';
import { staffExportRows } from '../../../shared/staff/export-rows';
import { MAX_IMPORT_ROWS, tooManyRowsMessage, type FileRead, type RawCellNote, type RawTable } from '../../../shared/staff/raw-table';

/** A directory of 5,000 people is well under 2 MB; anything far bigger is not a staff list. */
const MAX_XLSX_BYTES = 20 * 1024 * 1024;
/** Columns past this cannot hold a header we know; a stray cell at XFD must not make rows 16,384 wide. */
const MAX_COLUMNS = 50;

const NOT_XLSX = 'Tệp không phải tệp Excel .xlsx hợp lệ (có thể là tệp .xls cũ, tệp hỏng hoặc tệp khác đổi đuôi). Hãy mở bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".';

/**
 * Reads the first sheet of an XLSX file into the same table of text cells as a CSV, noting on each
 * row what a spreadsheet may hide: formulas (their last computed result is used) and merged cells.
 */
export async function readStaffXlsx(bytes: Uint8Array): Promise<FileRead<RawTable>> {
  if (bytes.length > MAX_XLSX_BYTES) return { ok: false, error: `Tệp quá lớn (hơn ${MAX_XLSX_BYTES / 1024 / 1024} MB) để là danh bạ cán bộ.` };
  // Every XLSX is a ZIP archive; checking the signature first gives a clear message for .xls and CSV.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: NOT_XLSX };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer); a Node Buffer is what it really reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: NOT_XLSX };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: NOT_XLSX };
  // The header row plus the limit.
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) return { ok: false, error: tooManyRowsMessage() };

  const rows: string[][] = [];
  const notes: RawCellNote[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_COLUMNS) return;
      const note = (message: string) => notes.push({ row: rowNumber, column: column - 1, message });
      if (cell.isMerged && cell.master !== cell) {
        // A unit merged down several rows means every one of them; merged across, it belongs to the first column only.
        if (cell.master.col === cell.col) {
          cells[column - 1] = cellText(cell.master.value);
          note(`Ô gộp (merged) — dùng giá trị của ô ${cell.master.address}`);
        } else {
          note(`Ô gộp (merged) với ô ${cell.master.address} — để trống`);
        }
        return;
      }
      if (isFormula(cell.value)) {
        note(cell.value.result === undefined ? 'Ô chứa công thức chưa có kết quả — để trống' : 'Ô chứa công thức — dùng kết quả đã tính');
      }
      if (isError(cell.value) || (isFormula(cell.value) && isError(cell.value.result))) note('Ô chứa lỗi của Excel — để trống');
      cells[column - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { ok: true, value: { rows: Array.from(rows, (r) => r ?? []), notes } };
}

type Formula = { formula?: string; sharedFormula?: string; result?: ExcelJS.CellValue };

function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellValue & Formula {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function isError(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** What the user sees in the cell, as text; numbers keep all their digits (the phone check restores a dropped 0). */
function cellText(value: ExcelJS.CellValue): string {
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
  if (isFormula(value)) return cellText(value.result ?? null);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  return '';
}

/**
 * The directory as an XLSX workbook, every cell typed as text ('@'): phones keep their 0 and nothing
 * can become a formula, and the columns stay text for rows the user types in later.
 */
export async function writeStaffXlsx(staff: readonly StaffMember[], skills: readonly Skill[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
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

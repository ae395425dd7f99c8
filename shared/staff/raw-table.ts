import type { Message } from '../i18n/message';

/**
 * A spreadsheet as read from a CSV or XLSX file, before any meaning is given to it: `rows[i]` is the
 * row the user sees as number i + 1 in Excel (the header is row 1), blank rows included so numbers match.
 */
export interface RawTable {
  rows: string[][];
  /** What the reader noticed about single cells (formulas, merged cells), shown on the row's preview. */
  notes: RawCellNote[];
  /** A workbook's sheets by name, and which one these rows are from. */
  sheets?: { names: string[]; chosen: number };
}

export interface RawCellNote {
  /** 1-based, as Excel numbers rows. */
  row: number;
  /** 0-based column index. */
  column: number;
  text: Message;
}

/** A file either yields its content or one message saying why it cannot be read at all. */
export type FileRead<T> = { ok: true; value: T } | { ok: false; error: string };

/** Large enough for any agency's directory, small enough to preview without freezing the screen. */
export const MAX_IMPORT_ROWS = 5000;

export function tooManyRowsMessage(): string {
  return `Tệp có hơn ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng dữ liệu; chỉ nhận tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập. Hãy chia tệp thành nhiều phần.`;
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

import { formatDate, formatDateTime } from '../i18n/dates';
import { toExcelCsv } from '../staff/csv';
import type { CsvStyle } from './csv-style';

/**
 * What a column holds, so each format writes it as its readers expect: the workbook as real Excel
 * dates and numbers with fixed formats, the CSV as text Excel reads back into the same.
 * `date` values are LocalDates, `datetime` values LocalDateTimes (Vietnam wall clock).
 */
export type ColumnType = 'text' | 'date' | 'datetime' | 'hours' | 'count' | 'decimal';

export interface SheetColumn {
  header: string;
  type: ColumnType;
}

export interface SheetTable {
  columns: SheetColumn[];
  rows: (string | number)[][];
}

/** Up to two decimals, no trailing zeros: 8 → "8", 7.5 → "7,5" (excel-vi). */
function decimalText(value: number, style: CsvStyle): string {
  const text = String(Math.round(value * 100) / 100);
  return style === 'excel-vi' ? text.replace('.', ',') : text;
}

function cellText(value: string | number, type: ColumnType, style: CsvStyle): string {
  if (typeof value === 'number') return type === 'count' ? String(value) : decimalText(value, style);
  if (type === 'date') return formatDate(value);
  if (type === 'datetime') return formatDateTime(value);
  return value;
}

/** The table as CSV: dates dd/MM/yyyy and dd/MM/yyyy HH:mm, which Vietnamese Excel reads as dates. */
export function tableCsv(table: SheetTable, style: CsvStyle): string {
  const rows = table.rows.map((row) => row.map((value, i) => cellText(value, table.columns[i]?.type ?? 'text', style)));
  return toExcelCsv([table.columns.map((c) => c.header), ...rows], style === 'excel-vi' ? ';' : ',');
}

import { REQUIRED_FIELDS, type StaffField } from './columns';
import { HEADER_SEARCH_ROWS, findHeader, type HeaderMatch } from './header-row';
import type { ColumnMapping } from './import-choices';
import { foldDiacritics } from './normalize';
import { isBlankRow } from './raw-table';

/** Rows of data shown under each column while the user maps them. */
const SAMPLE_ROWS = 3;

/** Where the columns of a file come from, and when the user must say which is which. */
export type HeaderReading =
  | { kind: 'found'; header: HeaderMatch }
  /** The user's mapping (chosen now, or remembered for these headers). */
  | { kind: 'mapped'; header: HeaderMatch; key: string; remembered: boolean }
  | { kind: 'unmapped'; header: HeaderMatch; key: string; missing: StaffField[] };

const missingFields = (header: HeaderMatch) => REQUIRED_FIELDS.filter((field) => !header.columns.some((c) => c.field === field));

/** What identifies a file's layout: its header cells without case, diacritics or surrounding blanks. */
export function headerKey(header: HeaderMatch): string {
  const names = header.columns.map((c) => foldDiacritics(c.header).replace(/\s+/g, ' ').trim());
  while (names.length && !names.at(-1)) names.pop();
  return names.join('|');
}

/** The header cells of rows first..last (0-based): per column the lowest non-blank one (a sub-header under its group). */
function headerCells(rows: readonly (readonly string[])[], first: number, last: number): string[] {
  const width = Math.max(0, ...rows.slice(first, last + 1).map((r) => r.length));
  return Array.from({ length: width }, (_, i) => {
    for (let r = last; r >= first; r--) if ((rows[r]?.[i] ?? '').trim()) return rows[r]![i]!.trim();
    return '';
  });
}

/** Without any known header: the first of the top rows with the most filled cells (titles fill one). */
function likelyHeader(rows: readonly (readonly string[])[]): HeaderMatch | null {
  let best = -1;
  let filled = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const n = row.filter((c) => c.trim()).length;
    if (n > filled) [best, filled] = [i, n];
  });
  return best < 0 ? null : { first: best, last: best, columns: headerCells(rows, best, best).map((header) => ({ header, field: null })) };
}

/**
 * The file's columns: its own header when that names the required columns; else the user's mapping
 * (given, or remembered for the same headers); else the likely header row with what is missing, for
 * the user to map. null when no row looks like a header at all.
 */
export function readHeader(rows: readonly (readonly string[])[], mapping: ColumnMapping | undefined, remembered: (key: string) => ColumnMapping | undefined): HeaderReading | null {
  if (mapping) return applyMapping(rows, mapping, false);
  const found = findHeader(rows);
  if (found && missingFields(found).length === 0) return { kind: 'found', header: found };
  const guess = found ?? likelyHeader(rows);
  if (!guess) return null;
  const key = headerKey(guess);
  const known = remembered(key);
  if (known && known.headerRows.first === guess.first + 1 && known.headerRows.last === guess.last + 1) return applyMapping(rows, known, true);
  return { kind: 'unmapped', header: guess, key, missing: missingFields(guess) };
}

function applyMapping(rows: readonly (readonly string[])[], mapping: ColumnMapping, remembered: boolean): HeaderReading {
  const first = mapping.headerRows.first - 1;
  const last = mapping.headerRows.last - 1;
  const cells = headerCells(rows, first, last);
  const seen = new Set<StaffField>();
  const columns = cells.map((header, i) => {
    const field = mapping.fields[i] ?? null;
    // A field chosen for two columns is read from the first only, as with headers named twice.
    if (!field || seen.has(field)) return { header, field: null };
    seen.add(field);
    return { header, field };
  });
  const header = { first, last, columns };
  const key = headerKey({ first, last, columns: cells.map((h) => ({ header: h, field: null })) });
  const missing = missingFields(header);
  return missing.length ? { kind: 'unmapped', header, key, missing } : { kind: 'mapped', header, key, remembered };
}

/** The first rows under the header, to show what each column holds. */
export function sampleRows(rows: readonly (readonly string[])[], header: HeaderMatch): string[][] {
  return rows
    .slice(header.last + 1)
    .filter((r) => !isBlankRow(r))
    .slice(0, SAMPLE_ROWS)
    .map((r) => [...r]);
}

/** The header as read, as a mapping the user can start from. */
export function mappingOf(header: HeaderMatch): ColumnMapping {
  return { headerRows: { first: header.first + 1, last: header.last + 1 }, fields: header.columns.map((c) => c.field) };
}

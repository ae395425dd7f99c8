import { REQUIRED_FIELDS, fieldOfHeader, type StaffField } from './columns';
import type { ImportColumn } from './import-preview';
import { isBlankRow } from './raw-table';

/** Office lists put the agency's name, a title and a blank row or two above the table; never this many. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderMatch {
  /** 0-based indices of the header's first and last rows (the same row unless the header has two). */
  first: number;
  last: number;
  columns: ImportColumn[];
}

export function mapColumns(header: readonly string[]): ImportColumn[] {
  const seen = new Set<StaffField>();
  return header.map((cell) => {
    const field = fieldOfHeader(cell);
    if (!field || seen.has(field)) return { header: cell.trim(), field: null };
    seen.add(field);
    return { header: cell.trim(), field };
  });
}

/**
 * A two-row header: a group cell merged across ("Thông tin liên hệ") over its sub-headers
 * ("Điện thoại", "Email"), and the other headers merged down (the reader repeats them) or left on
 * the upper row only. Each column takes the sub-header where it names a field, the upper one otherwise.
 */
function combine(upper: readonly string[], lower: readonly string[]): string[] {
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => {
    const sub = lower[i] ?? '';
    return fieldOfHeader(sub) !== null || !(upper[i] ?? '').trim() ? sub : (upper[i] ?? '');
  });
}

/** Required columns first, then every other known one: a row naming more of them is more likely the header. */
function score(columns: readonly ImportColumn[]): number {
  const fields = columns.flatMap((c) => (c.field ? [c.field] : []));
  return fields.filter((f) => REQUIRED_FIELDS.includes(f)).length * 100 + fields.length;
}

/**
 * The header of the table: the row among the first 30 that names the most known columns (the first
 * such when several tie), or a pair of rows when the lower one completes the upper one (its merged-down
 * headers repeated by the reader, or left blank in a CSV). null when no row names any.
 */
export function findHeader(rows: readonly (readonly string[])[]): HeaderMatch | null {
  let best: { match: HeaderMatch; score: number } | null = null;
  const end = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const single = (i: number) => mapColumns(rows[i] ?? []);
  for (let i = 0; i < end; i++) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const candidates: HeaderMatch[] = [{ first: i, last: i, columns: single(i) }];
    const next = rows[i + 1];
    if (i + 1 < end && next && !isBlankRow(next)) {
      // The upper row must name columns itself (a title above the header does not), and the pair more than it alone.
      const pair = mapColumns(combine(row, next));
      const upper = score(candidates[0]!.columns);
      if (upper > 0 && score(pair) > upper && score(pair) >= score(single(i + 1))) candidates.unshift({ first: i, last: i + 1, columns: pair });
    }
    for (const match of candidates) {
      const s = score(match.columns);
      if (s > 0 && (!best || s > best.score)) best = { match, score: s };
    }
  }
  return best?.match ?? null;
}

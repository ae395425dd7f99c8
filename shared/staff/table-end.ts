import { foldDiacritics } from './normalize';

/**
 * What follows the people in an office list: the totals row, the place and date, the signature block
 * ("Người lập biểu", "(Ký, ghi rõ họ tên)", "KT. GIÁM ĐỐC") and the distribution list. The names
 * under the signatures are not people to import either, so the table ends at the first such row.
 */
const END_MARKERS = [
  /^tong (cong|so)\b/,
  /^cong( (so|tong))?\s*[:\d]/,
  /^cong$/,
  /^total\b/,
  /^nguoi (lap|duyet|ky|kiem tra)\b/,
  /^thu truong don vi\b/,
  /^\(?ky,? (ten|ghi ro)\b/,
  /^(kt|tm|tl|q)\s?\.\s/,
  /^noi nhan\b/,
  /^([^,]{1,40}, )?ngay .{0,4} thang .{0,4} nam\b/,
];

const isEndMarker = (cell: string) => END_MARKERS.some((re) => re.test(foldDiacritics(cell)));

/**
 * The cell that ends the table, if the row holds one; a row with a person's name in it is a person
 * whatever a note says.
 */
export function tableEndCell(row: readonly string[], nameColumn: number): string | null {
  const name = row[nameColumn]?.trim() ?? '';
  if (name && !isEndMarker(name)) return null;
  return row.find(isEndMarker)?.trim() ?? null;
}

/** "(1) (2) (3)…" or "A B C" under the header, as official forms number their columns. */
export function isColumnNumbering(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => /^\(?(\d{1,2}|[A-Za-z])\)?$/.test(c));
}

/** "I. BAN GIÁM ĐỐC", "2. Phòng Hạ tầng": a group heading alone on its row, between people. */
export function groupHeading(row: readonly string[]): string | null {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  return cells.length === 1 && /^([IVXLC]+|[A-Z]|\d{1,2})[.)]\s+\S/.test(cells[0]!) ? cells[0]! : null;
}

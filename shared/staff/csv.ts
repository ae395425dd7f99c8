import { msg, type Message } from '../i18n/message';
import Papa from 'papaparse';
import type { Skill, StaffMember } from './schema';
import { firstLegacyLine, isLegacyNotWindows1258, legacyEncodingMessage, looksLikeLegacyVietnamese } from './legacy-encoding';
import { MAX_IMPORT_ROWS, isBlankRow, tooManyRowsMessage, type FileRead, type RawTable } from './raw-table';
import { neutralizeFormula } from './formula-cells';
import { displayPhone } from './phone';
import { staffExportRows } from './export-rows';

type Decoded = { ok: true; text: string } | { ok: false; error: Message };

/**
 * UTF-8 (with or without BOM), UTF-16 when Excel saved "Unicode Text", and otherwise Windows-1258:
 * Excel's plain "CSV" on Vietnamese Windows, which stores many tone marks as combining characters, so
 * the text is NFC-normalised. What decodes to neither is TCVN3 or VNI, refused with the steps to fix it.
 */
function decodeText(bytes: Uint8Array): Decoded {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  let windows1258 = false;
  try {
    // The decoder drops the BOM itself.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') return legacy(null);
    text = new TextDecoder('windows-1258').decode(bytes);
    windows1258 = true;
  }
  text = text.normalize('NFC');
  const refused = windows1258 ? isLegacyNotWindows1258(text) : looksLikeLegacyVietnamese(text);
  return refused ? legacy(firstLegacyLine(text.split(/\r\n|\n|\r/), windows1258)) : { ok: true, text };
}

function legacy(where: { line: number; text: string } | null): Decoded {
  return { ok: false, error: legacyEncodingMessage('csv', where ? msg('staffImport.file.legacyAt.line', where) : '') };
}

/**
 * Excel writes `;` under Vietnamese regional settings (the decimal mark is a comma), `,` elsewhere.
 * Counted over the first lines, since an office file often starts with a title line that has none.
 */
function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 30);
  const count = (d: string) => lines.reduce((sum, line) => sum + line.split(d).length - 1, 0);
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * Reads the bytes of a CSV file into a table of cells. Stops as soon as the file is known to be too
 * long, so a 10,000-row file is refused without reading it all.
 */
export function parseStaffCsv(bytes: Uint8Array): FileRead<RawTable> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;

  const rows: string[][] = [];
  let dataRows = -1; // the first non-blank row is the header
  let tooMany = false;
  let unclosedQuoteRow: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedQuoteRow ??= rows.length + 1;
      rows.push(result.data);
      if (!isBlankRow(result.data)) dataRows += 1;
      if (dataRows > MAX_IMPORT_ROWS) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (tooMany) return { ok: false, error: tooManyRowsMessage() };
  if (unclosedQuoteRow !== null) {
    return { ok: false, error: msg('staffImport.file.unclosedQuote', { row: unclosedQuoteRow }) };
  }
  // A file ending with a newline gives one empty record that is not a row in Excel.
  if (rows.length > 0 && isBlankRow(rows.at(-1) ?? [])) rows.pop();
  return { ok: true, value: { rows, notes: [] } };
}

/**
 * Rows of text cells as CSV for Excel: a BOM so Excel reads UTF-8, and cells that would run as
 * formulas neutralised.
 */
export function toExcelCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      rows.map((row) => row.map(neutralizeFormula)),
      { delimiter, newline: '\r\n' },
    )
  );
}

/**
 * The directory as CSV for Excel, valid phones written grouped ("0912 345 678"): never
 * formula-looking (they start with 0), and not read as a number, so the 0 stays. Phones that did
 * not validate are written as text cells like any other, neutralised if needed.
 */
export function staffToCsv(staff: readonly StaffMember[], skills: readonly Skill[], delimiter: ',' | ';' = ','): string {
  return toExcelCsv(staffExportRows(staff, skills, displayPhone), delimiter);
}

import { Inflate } from 'fflate';

/**
 * What a staff workbook may expand to. A directory of 5,000 people with its styles and a logo is a
 * few MB of XML; the XLSX reader holds every part in memory several times over, so a small archive
 * that inflates to hundreds of MB (a zip bomb) must be stopped before it is handed over.
 */
export const MAX_XLSX_UNCOMPRESSED = 40 * 1024 * 1024;

/** Compressed bytes inflated at a time: deflate expands at most ~1,032 times, so one step stays a few MB. */
const STEP = 4096;

export type GuardResult =
  | { ok: true }
  | { ok: false; reason: 'not-zip' }
  | { ok: false; reason: 'too-large'; limit: number }
  | { ok: false; reason: 'bad-shared-string'; sheet: string; cell: string; index: number; count: number };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** The archive's entries from its central directory (sizes there may lie: inflation counts for real). */
function zipEntries(bytes: Uint8Array): Entry[] | null {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    // ZIP64 (sizes of 4 GB and more) has no place in a staff list.
    if (compressedSize === 0xffffffff || local === 0xffffffff || local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null;
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) return null;
    entries.push({ name, method, compressedSize, dataStart });
  }
  return entries;
}

class TooLarge extends Error {}

/** Inflates one entry step by step, handing each piece on and counting it against the budget. */
function inflateEntry(bytes: Uint8Array, entry: Entry, budget: { left: number }, onText: ((chunk: Uint8Array) => void) | null): void {
  const take = (chunk: Uint8Array) => {
    budget.left -= chunk.length;
    if (budget.left < 0) throw new TooLarge();
    onText?.(chunk);
  };
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return take(data);
  if (entry.method !== 8) throw new Error(`compression ${entry.method}`);
  const inflate = new Inflate((chunk) => take(chunk));
  for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
}

/** Feeds decoded XML text to `scan` in pieces, carrying an unfinished tag over to the next piece. */
function textScanner(scan: (text: string) => number) {
  const decoder = new TextDecoder();
  let carry = '';
  return (chunk: Uint8Array) => {
    const text = carry + decoder.decode(chunk, { stream: true });
    const kept = scan(text);
    // A tag split between two pieces is read again with the next one; a carry never grows without end.
    carry = text.length - kept > 4096 ? '' : text.slice(kept);
  };
}

/** Where the text's last tag starts when it is not closed yet, else the text's length. */
function unfinishedTag(text: string): number {
  const last = text.lastIndexOf('<');
  return last >= 0 && text.indexOf('>', last) < 0 ? last : text.length;
}

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A cell of shared-string type: `<c r="B5" s="1" t="s"><v>12</v></c>`. */
const STRING_CELL = /<c\b([^>]*)>\s*<v>\s*(\d+)\s*<\/v>/g;

/**
 * Checks a workbook before the XLSX reader sees it: every part is inflated under one budget (so a zip
 * bomb is refused having held a few MB at a time), and every shared-string cell must point at a string
 * the workbook has — otherwise the reader crashes or imports the index as if it were a number.
 */
export function guardXlsx(bytes: Uint8Array): GuardResult {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, reason: 'not-zip' };
  const budget = { left: MAX_XLSX_UNCOMPRESSED };
  let strings = 0;
  /** Per sheet part, the cell pointing furthest into the shared strings. */
  const furthest = new Map<string, { cell: string; index: number }>();
  let workbookXml = '';
  let relsXml = '';
  try {
    for (const entry of entries) {
      let onText: ((chunk: Uint8Array) => void) | null = null;
      if (entry.name === 'xl/sharedStrings.xml') {
        onText = textScanner((text) => {
          const kept = unfinishedTag(text);
          strings += text.slice(0, kept).match(/<si[\s>/]/g)?.length ?? 0;
          return kept;
        });
      } else if (SHEET.test(entry.name)) {
        const part = entry.name;
        onText = textScanner((text) => {
          // A cell is read whole: from its '<c' to its value, so an unfinished last cell waits for the next piece.
          const cell = text.lastIndexOf('<c');
          const kept = Math.min(unfinishedTag(text), cell >= 0 && !/<\/c>|\/>/.test(text.slice(cell)) ? cell : text.length);
          for (const match of text.slice(0, kept).matchAll(STRING_CELL)) {
            const attributes = match[1]!;
            if (!/\bt\s*=\s*["']s["']/.test(attributes)) continue;
            const index = Number(match[2]);
            if (index >= (furthest.get(part)?.index ?? -1)) furthest.set(part, { cell: /\br\s*=\s*["']([A-Z]+\d+)["']/.exec(attributes)?.[1] ?? '?', index });
          }
          return kept;
        });
      } else if (entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels') {
        const decoder = new TextDecoder();
        const isWorkbook = entry.name === 'xl/workbook.xml';
        onText = (chunk) => {
          // Only the sheet list and its links are read from these; a megabyte is far more than they hold.
          if (workbookXml.length + relsXml.length > 1_000_000) return;
          const text = decoder.decode(chunk, { stream: true });
          if (isWorkbook) workbookXml += text;
          else relsXml += text;
        };
      }
      inflateEntry(bytes, entry, budget, onText);
    }
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large', limit: MAX_XLSX_UNCOMPRESSED };
    return { ok: false, reason: 'not-zip' };
  }
  for (const [part, { cell, index }] of furthest) {
    if (index >= strings) return { ok: false, reason: 'bad-shared-string', sheet: sheetName(part, workbookXml, relsXml), cell, index, count: strings };
  }
  return { ok: true };
}

/** The name the user sees for a sheet part, through the workbook's relationships; the part's file name if they are broken. */
function sheetName(part: string, workbookXml: string, relsXml: string): string {
  const target = part.slice('xl/'.length);
  const rel = [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => new RegExp(`Target\\s*=\\s*["']/?(?:xl/)?${target.replace(/\./g, '\\.')}["']`).test(r));
  const id = rel && /\bId\s*=\s*["']([^"']+)["']/.exec(rel)?.[1];
  const sheet = id && [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((s) => new RegExp(`r:id\\s*=\\s*["']${id}["']`).test(s));
  const name = sheet && /\bname\s*=\s*["']([^"']*)["']/.exec(sheet)?.[1];
  return name ? decodeXml(name) : part.slice(part.lastIndexOf('/') + 1);
}

const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!,
  );

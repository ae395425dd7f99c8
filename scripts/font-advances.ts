import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** The tables of a WOFF 1.0 font (each zlib-compressed unless that would not be smaller), by tag. */
function wofTables(file: Buffer): Map<string, Buffer> {
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < file.readUInt16BE(12); i++) {
    const entry = 44 + i * 20;
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const length = file.readUInt32BE(entry + 12);
    const data = file.subarray(offset, offset + compressed);
    tables.set(file.toString('latin1', entry, entry + 4), compressed < length ? inflateSync(data) : data);
  }
  return tables;
}

/** Advance widths, in font units, of the characters a WOFF font maps, and its units per em. */
export function fontAdvances(path: string, chars: readonly string[]): { unitsPerEm: number; widths: Record<string, number> } {
  const tables = wofTables(readFileSync(path));
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`${path}: no ${tag} table`);
    return t;
  };
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map(table) as [Buffer, Buffer, Buffer, Buffer];
  const metrics = hhea.readUInt16BE(34);
  const advance = (glyph: number) => hmtx.readUInt16BE(4 * Math.min(glyph, metrics - 1));

  // The Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
  let sub = -1;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const record = 4 + i * 8;
    if (cmap.readUInt16BE(record) === 3 && cmap.readUInt16BE(record + 2) === 1) sub = cmap.readUInt32BE(record + 4);
  }
  if (sub < 0 || cmap.readUInt16BE(sub) !== 4) throw new Error(`${path}: no Unicode format 4 cmap`);
  const segments = cmap.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  const glyphOf = (code: number) => {
    for (let s = 0; s < segments; s++) {
      if (code > cmap.readUInt16BE(ends + s * 2)) continue;
      const start = cmap.readUInt16BE(starts + s * 2);
      if (code < start) return 0;
      const delta = cmap.readInt16BE(deltas + s * 2);
      const range = cmap.readUInt16BE(ranges + s * 2);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = cmap.readUInt16BE(ranges + s * 2 + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const widths: Record<string, number> = {};
  for (const c of chars) {
    const glyph = glyphOf(c.codePointAt(0)!);
    if (glyph) widths[c] = advance(glyph);
  }
  return { unitsPerEm: head.readUInt16BE(18), widths };
}

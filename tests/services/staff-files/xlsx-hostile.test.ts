import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inVietnamese } from '../../helpers/file-read';
import { readStaffXlsx, writeStaffXlsx } from '../../../electron/services/staff-files/xlsx';
import { MAX_XLSX_UNCOMPRESSED, guardXlsx } from '../../../electron/services/staff-files/xlsx-guard';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';
import { staffMember } from '../../helpers/plans';

const MB = 1024 * 1024;

/** A raw DEFLATE stream of one space then `length` more, as one fixed-Huffman block of 258-byte copies: ~160:1, built without the data. */
function spaces(length: number): Uint8Array {
  // 13 bits a copy, up to 257 literals of 8 bits left over, the header and the end.
  const out = new Uint8Array(Math.ceil(((length / 258) * 13) / 8) + 300);
  let bit = 0;
  const put = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, bits: number) => put(parseInt(value.toString(2).padStart(bits, '0').split('').reverse().join(''), 2), bits);
  put(1, 1); // last block
  put(1, 2); // fixed Huffman codes
  code(0x30 + 0x20, 8); // the literal ' '
  let left = length;
  // Length 258 (code 285, 8 bits) then distance 1 (code 0, 5 bits), reversed once for `put`.
  const copy = parseInt('1100010100000'.split('').reverse().join(''), 2);
  for (; left >= 258; left -= 258) put(copy, 13);
  for (; left > 0; left--) code(0x30 + 0x20, 8);
  code(0, 7); // end of block
  return out.subarray(0, (bit + 7) >> 3);
}

/** A ZIP archive of parts already compressed (method 8), written by hand so a part can be far larger than the test holds. */
function zipOf(parts: { name: string; deflated: Uint8Array; size: number; crc: number }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = strToU8(part.name);
    const header = (signature: number, centralDir: boolean) => {
      const b = new DataView(new ArrayBuffer(centralDir ? 46 : 30));
      b.setUint32(0, signature, true);
      const at = centralDir ? 2 : 0;
      b.setUint16(4 + at, 20, true);
      b.setUint16(8 + at, 8, true);
      b.setUint32(14 + at, part.crc, true);
      b.setUint32(18 + at, part.deflated.length, true);
      b.setUint32(22 + at, part.size, true);
      b.setUint16(26 + at, name.length, true);
      if (centralDir) b.setUint32(42, offset, true);
      return new Uint8Array(b.buffer);
    };
    central.push(header(0x02014b50, true), name);
    const local = [header(0x04034b50, false), name, part.deflated];
    chunks.push(...local);
    offset += local.reduce((n, c) => n + c.length, 0);
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  all.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/** A workbook whose one sheet inflates to `megabytes` of XML (mostly blanks) from an archive of about a hundredth of that. */
function zipBomb(megabytes: number): Uint8Array {
  const part = (name: string, text: string) => {
    const bytes = strToU8(text);
    return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
  };
  const size = megabytes * MB;
  let crc = 0;
  const block = new Uint8Array(MB).fill(0x20);
  for (let i = 0; i < megabytes; i++) crc = crc32(block, crc);
  return zipOf([
    part('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    part('xl/workbook.xml', '<workbook><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    { name: 'xl/worksheets/sheet1.xml', deflated: spaces(size - 1), size, crc },
  ]);
}

/** A workbook the app wrote (so a real one), with one part rewritten. */
async function editedWorkbook(edit: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(await writeStaffXlsx([staffMember('an'), staffMember('binh')], DEFAULT_SKILLS));
  edit(files);
  return zipSync(files);
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('hostile staff workbooks (#12 item 12)', () => {
  it('refuses a small zip bomb with a clear message, never holding more than a few MB of it', async () => {
    const bomb = zipBomb(300);
    expect(bomb.length).toBeLessThan(2 * MB);
    const peakBefore = process.resourceUsage().maxRSS;
    const result = await readStaffXlsx(bomb);
    expect(inVietnamese(result)).toEqual({ ok: false, error: expect.stringContaining(`Tệp giải nén ra hơn ${MAX_XLSX_UNCOMPRESSED / MB} MB, quá lớn để là danh bạ cán bộ`) });
    // maxRSS is in KB: the reader used to inflate all 800 MB (and more in its parsed form).
    expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan(150);
  });

  it('builds its bomb right: the sheet part really inflates to that many bytes', () => {
    expect(inflateRawSync(spaces(5 * MB - 1)).equals(Buffer.alloc(5 * MB, 0x20))).toBe(true);
  });

  it('reads a workbook whose parts stay under the budget', async () => {
    expect(guardXlsx(zipBomb(10))).toEqual({ ok: true });
    const ours = await editedWorkbook(() => {});
    expect(guardXlsx(ours)).toEqual({ ok: true });
    expect(await readStaffXlsx(ours)).toMatchObject({ ok: true });
  });

  it('refuses a cell pointing past the shared strings, naming the sheet and the cell, instead of importing the index as a number', async () => {
    let cell = '';
    const broken = await editedWorkbook((files) => {
      const sheet = text(files['xl/worksheets/sheet1.xml']!);
      // The second row's first string cell: its value is an index into xl/sharedStrings.xml.
      const match = /<c r="([A-Z]+2)"[^>]*t="s"[^>]*><v>\d+<\/v>/.exec(sheet)!;
      cell = match[1]!;
      files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(match[0], match[0].replace(/<v>\d+<\/v>/, '<v>999</v>')));
    });
    const count = (text(unzipSync(broken)['xl/sharedStrings.xml']!).match(/<si>/g) ?? []).length;
    expect(inVietnamese(await readStaffXlsx(broken))).toEqual({
      ok: false,
      error: expect.stringContaining(`Trang tính "Danh bạ", ô ${cell}: ô trỏ tới chuỗi văn bản số 999 nhưng tệp chỉ có ${count} chuỗi`),
    });
  });

  it('refuses string cells in a workbook that has no shared strings at all', async () => {
    const stripped = await editedWorkbook((files) => {
      delete files['xl/sharedStrings.xml'];
    });
    expect(inVietnamese(await readStaffXlsx(stripped))).toEqual({
      ok: false,
      error: expect.stringMatching(/^Trang tính "Danh bạ", ô [A-Z]+\d+: ô trỏ tới chuỗi văn bản số \d+ nhưng tệp chỉ có 0 chuỗi/),
    });
  });

  it('says a truncated or scrambled archive is not an XLSX file', async () => {
    const ours = await editedWorkbook(() => {});
    expect(inVietnamese(await readStaffXlsx(ours.subarray(0, ours.length - 40)))).toEqual({ ok: false, error: expect.stringContaining('không phải tệp Excel .xlsx hợp lệ') });
    const scrambled = ours.slice();
    for (let i = 200; i < 600; i++) scrambled[i] = 0xa5;
    expect(inVietnamese(await readStaffXlsx(scrambled))).toEqual({ ok: false, error: expect.stringContaining('không phải tệp Excel .xlsx hợp lệ') });
  });
});

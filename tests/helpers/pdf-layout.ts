import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A word or a line of a PDF page as poppler lays it out, in points from the top left. */
export interface Box {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: (Box & { words: Box[] })[];
  words: Box[];
}

const num = (attrs: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)?.[1]);
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page's lines and words (pdftotext -bbox-layout). */
export function pdfLayout(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, pageAttrs, body]) => {
    const lines = [...body!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, attrs, content]) => {
      const words = [...content!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, a, text]) => ({
        text: decode(text!),
        xMin: num(a!, 'xMin'),
        xMax: num(a!, 'xMax'),
        yMin: num(a!, 'yMin'),
        yMax: num(a!, 'yMax'),
      }));
      return { text: words.map((w) => w.text).join(' '), xMin: num(attrs!, 'xMin'), xMax: num(attrs!, 'xMax'), yMin: num(attrs!, 'yMin'), yMax: num(attrs!, 'yMax'), words };
    });
    return { width: num(pageAttrs!, 'width'), height: num(pageAttrs!, 'height'), lines, words: lines.flatMap((l) => l.words) };
  });
}

export interface Gray {
  width: number;
  height: number;
  /** Pixels per point. */
  scale: number;
  pixel(x: number, y: number): number;
}

/** One page rendered in grey levels (pdftoppm), to measure what is drawn rather than written: rules. */
export function grayPage(pdf: string, page: number, dpi = 150): Gray {
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-pgm-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'page')]);
    const data = readFileSync(join(dir, 'page.pgm'));
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const offset = header[0].length;
    return { width, height, scale: dpi / 72, pixel: (x, y) => data[offset + y * width + x] ?? 255 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The longest horizontal dark run (in points) within [x0, x1] on the rows between y0 and y1
 * (points): a drawn rule, since no glyph of the text above is that wide.
 */
export function longestRule(img: Gray, x0: number, x1: number, y0: number, y1: number): { length: number; xMin: number; xMax: number; y: number } {
  let best = { length: 0, xMin: 0, xMax: 0, y: 0 };
  for (let y = Math.round(y0 * img.scale); y <= Math.round(y1 * img.scale); y++) {
    let start = -1;
    for (let x = Math.round(x0 * img.scale); x <= Math.round(x1 * img.scale) + 1; x++) {
      const dark = x <= Math.round(x1 * img.scale) && img.pixel(x, y) < 128;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        const length = (x - start) / img.scale;
        if (length > best.length) best = { length, xMin: start / img.scale, xMax: x / img.scale, y: y / img.scale };
        start = -1;
      }
    }
  }
  return best;
}

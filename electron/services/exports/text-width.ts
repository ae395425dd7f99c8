import { TIMES_METRICS } from './times-metrics';

type Widths = Readonly<Record<string, number>>;
const FACES: Record<'regular' | 'bold', Widths> = TIMES_METRICS;

function advance(widths: Widths, c: string): number {
  // A character outside the table (a rare letter) is measured as its base letter, else as an "n".
  return widths[c] ?? widths[c.normalize('NFD')[0] ?? ''] ?? widths.n ?? 1000;
}

/** The width in points of a line of Times New Roman (or Tinos) text. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const widths = FACES[bold ? 'bold' : 'regular'];
  let units = 0;
  for (const c of text) units += advance(widths, c);
  return (units * sizePt) / TIMES_METRICS.unitsPerEm;
}

/** The longest line, in points, of text wrapped at spaces into lines of `maxPt`, as a word processor lays it out. */
export function longestLine(text: string, sizePt: number, bold: boolean, maxPt: number): number {
  let line = '';
  let longest = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, sizePt, bold) > maxPt) {
      longest = Math.max(longest, textWidth(line, sizePt, bold));
      line = word;
    } else line = next;
  }
  return Math.min(maxPt, Math.max(longest, textWidth(line, sizePt, bold)));
}

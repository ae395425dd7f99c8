import { expect } from 'vitest';
import type { RosterDocument } from '../../shared/export/roster-document';
import { chartFigure } from '../../shared/roster/fairness-figure';
import { grayPage, type Gray, type PdfPage } from './pdf-layout';

/** A bar's grey, darker than the page's white and the gridlines' light grey (pixels of pdftoppm -gray). */
const BAR_GREY = 200;
const WHITE = 245;

/**
 * The length in points of the bar that starts within `reach` points right of x, on row y: up to the
 * first three white pixels in a row, so a gridline or the average's line drawn across it does not end it.
 */
function barLength(img: Gray, x: number, y: number, reach = 12): number {
  const row = Math.round(y * img.scale);
  let start = Math.round(x * img.scale);
  const limit = start + reach * img.scale;
  while (start < limit && img.pixel(start, row) >= BAR_GREY) start++;
  let end = start;
  while (end < img.width && [0, 1, 2].some((d) => img.pixel(end + d, row) < WHITE)) end++;
  return (end - start) / img.scale;
}

/**
 * The roster's fairness annex as printed (PDF, or Word through LibreOffice): on its own page after
 * the signature, "Phụ lục" with its title and what it is attached to, then per role the caption and
 * every person in the chart's order with their load beside a bar as long as that load.
 */
export function expectFairnessAnnex(pdf: string, pages: PdfPage[], doc: RosterDocument): void {
  const annex = doc.annex!;
  const signed = pages.findIndex((p) => p.lines.some((l) => l.text === 'Nơi nhận:'));
  const first = pages.findIndex((p) => p.lines.some((l) => l.text === 'Phụ lục'));
  expect(first).toBeGreaterThan(signed);
  const text = (p: PdfPage) => p.lines.map((l) => l.text).join('\n');
  expect(text(pages[first]!)).toContain('CÂN ĐỐI CA TRỰC GIỮA CÁN BỘ');
  expect(text(pages[first]!).replace(/\s+/g, ' ')).toContain(annex.reference);

  const annexPages = pages.slice(first);
  for (const chart of annex.charts) {
    const figure = chartFigure(chart, 'vi');
    const at = annexPages.findIndex((p) => p.lines.some((l) => l.text === figure.caption));
    expect(at, figure.caption).toBeGreaterThanOrEqual(0);
    const page = annexPages[at]!;
    const caption = page.lines.find((l) => l.text === figure.caption)!;
    // Each name on its own line under the caption, in the chart's order, its load right of it.
    let y = caption.yMax;
    const lengths: { value: number; length: number }[] = [];
    const img = grayPage(pdf, first + at + 1);
    for (const [i, row] of figure.rows.entries()) {
      const line = page.lines.find((l) => l.yMin > y && l.text === row.name);
      expect(line, row.name).toBeDefined();
      const value = page.words.find((w) => w.text === row.value && Math.abs(w.yMin - line!.yMin) < 3 && w.xMin > line!.xMax);
      expect(value, `${row.name} ${row.value}`).toBeDefined();
      y = line!.yMin + 1;
      const bar = chart.bars[i]!;
      if (bar.value > 0) lengths.push({ value: bar.value, length: barLength(img, line!.xMax, (line!.yMin + line!.yMax) / 2) });
    }
    // Bars as long as the loads they stand for, on one scale.
    const [top] = lengths;
    for (const { value, length } of lengths) expect(length / top!.length, JSON.stringify(lengths)).toBeCloseTo(value / top!.value, 1);
  }
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printHtml, printParts } from '../../../shared/export/print/print-html';
import { rosterDocument } from '../../../shared/export/roster-document';
import { exportSource } from '../../../shared/export/source';
import { chromiumPrinter, findChromium } from '../../../electron/services/exports/chromium-printer';
import { tinosFontCss } from '../../../electron/services/exports/print-fonts';
import { publish, rosteredTetPlan, testSettings } from '../../shared/export/helpers';

const ARTIFACTS = 'artifacts/print';
const HOSTILE = '<img src=x onerror=alert(1)>';

function samplePlan() {
  const plan = rosteredTetPlan();
  // A hostile name must print as text, never as markup.
  plan.staff = plan.staff.map((s, i) => (i === 8 ? { ...s, fullName: HOSTILE } : s));
  return publish(plan, '2026-02-05T02:00:00.000Z');
}

function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

function renderPages(pdf: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(ARTIFACTS, prefix)]);
  return readdirSync(ARTIFACTS)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort();
}

describe.skipIf(!findChromium())('the printed roster in Chromium', () => {
  const doc = rosterDocument(exportSource(samplePlan(), new Date('2026-02-01T02:00:00Z')), testSettings());

  it('prints the Tết 2026 roster on A4 with Vietnamese text, page numbers from page 2 and the hostile name as text', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const orientation of ['portrait', 'landscape'] as const) {
      const html = printHtml(printParts(doc, { orientation }), tinosFontCss());
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      const bytes = await chromiumPrinter().print(html);
      const file = join(ARTIFACTS, `roster-${orientation}.pdf`);
      writeFileSync(file, bytes);
      for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`roster-${orientation}-`))) rmSync(join(ARTIFACTS, old));
      const pages = renderPages(file, `roster-${orientation}`);
      expect(pages.length).toBeGreaterThan(1);

      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const [w, h] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
      // A4 is 595 × 842 points.
      expect(orientation === 'portrait' ? [w, h] : [h, w]).toEqual([expect.closeTo(595, 0), expect.closeTo(842, 0)]);

      const pageTexts = pdfText(file).split('\f');
      expect(pageTexts[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pageTexts[0]).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(pageTexts[0]).toContain('LỊCH TRỰC');
      expect(pageTexts[0]).toContain('Bính Ngọ 2026');
      expect(pageTexts[0]).toContain('Bình Sơn, ngày 05 tháng 02 năm 2026');
      // Page 1 carries no number; page 2 starts with "2" centred at the top.
      expect(pageTexts[0]!.trimStart().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      expect(pageTexts[1]!.trimStart().split('\n')[0]!.trim()).toBe('2');
      const all = pageTexts.join('\n').replace(/\s+/g, ' ');
      // Table cells interleave in extracted text: the wrapped name comes out in its two pieces.
      expect(all).toContain('<img src=x');
      expect(all).toContain('onerror=alert(1)>');
      expect(all).toMatch(/Giao\b.*thừa/);
      expect(all).toContain('Nơi nhận:');
      expect(all).toContain('Lê Thị Thu Hà');
    }
  });

  it("prints one person's slip", async () => {
    const staffId = doc.days[3]!.rows[0]!.staff[0]!.staffId!;
    const html = printHtml(printParts(doc, { orientation: 'portrait', staffId }), tinosFontCss());
    const file = join(ARTIFACTS, 'slip.pdf');
    writeFileSync(file, await chromiumPrinter().print(html));
    renderPages(file, 'slip');
    const text = pdfText(file);
    expect(text).toContain('PHIẾU TRỰC');
    expect(text).toContain(doc.days[3]!.rows[0]!.staff[0]!.name);
  });
});

describe('without Chromium', () => {
  it('says plainly how to get PDF printing', async () => {
    await expect(chromiumPrinter(null).print('<p>x</p>')).rejects.toThrow(/Không tìm thấy trình duyệt Chromium.*CHROMIUM_PATH/);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printHtml, printParts } from '../../../shared/export/print/print-html';
import { rosterDocument } from '../../../shared/export/roster-document';
import { exportSource } from '../../../shared/export/source';
import { chromiumPrinter, findChromium } from '../../../electron/services/exports/chromium-printer';
import { tinosFontCss } from '../../../electron/services/exports/print-fonts';
import { expectFairnessAnnex } from '../../helpers/fairness-annex';
import { grayPage, longestRule, pdfLayout } from '../../helpers/pdf-layout';
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

// Each print starts a browser: allow for a busy machine.
describe.skipIf(!findChromium())('the printed roster in Chromium', { timeout: 60_000 }, () => {
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
      expect(pageTexts[0]).toContain('THÔNG BÁO');
      expect(pageTexts[0]).toContain('Lịch trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026');
      expect(pageTexts[0]).toContain('Số: 15/TB-TTCNTT');
      expect(pageTexts[0]).toContain('Bình Sơn, ngày 05 tháng 02 năm 2026');
      // The same rules as the Word notice: ⅓–½ under the unit and the trích yếu, the motto's length under it.
      const first = pdfLayout(file)[0]!;
      const img = grayPage(file, 1);
      const line = (pattern: RegExp) => first.lines.find((l) => pattern.test(l.text))!;
      const unitLines = first.lines.filter((l) => l.yMax < 200 && /TRUNG|TÂM|TIN/.test(l.text) && l.xMax < first.width / 2);
      const unitRule = longestRule(img, unitLines[0]!.xMin - 40, unitLines[0]!.xMax + 40, unitLines.at(-1)!.yMax, line(/^Số:/).yMin);
      const unitLine = Math.max(...unitLines.map((l) => l.xMax - l.xMin));
      expect(unitRule.length / unitLine).toBeGreaterThanOrEqual(1 / 3);
      expect(unitRule.length / unitLine).toBeLessThanOrEqual(1 / 2);
      const motto = line(/^Độc lập - Tự do - Hạnh phúc$/);
      const mottoRule = longestRule(img, motto.xMin - 60, motto.xMax + 60, motto.yMax, line(/ngày 05 tháng 02/).yMin);
      expect(mottoRule.length / (motto.xMax - motto.xMin)).toBeCloseTo(1, 1);
      const subject = line(/^Lịch trực bảo đảm/);
      const subjectRule = longestRule(img, subject.xMin, subject.xMax, subject.yMax, line(/^\(Từ 17:00/).yMin);
      expect(subjectRule.length / (subject.xMax - subject.xMin)).toBeGreaterThanOrEqual(1 / 3);
      expect(subjectRule.length / (subject.xMax - subject.xMin)).toBeLessThanOrEqual(1 / 2);
      if (orientation === 'landscape') expect(line(/TRUNG TÂM/).text).toBe('TRUNG TÂM CÔNG NGHỆ THÔNG TIN');
      // Page 1 carries no number; page 2 starts with "2" centred at the top.
      expect(pageTexts[0]!.trimStart().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      expect(pageTexts[1]!.trimStart().split('\n')[0]!.trim()).toBe('2');
      const all = pageTexts.join('\n').replace(/\s+/g, ' ');
      // Table cells interleave in extracted text: the wrapped name comes out in its two pieces.
      expect(all).toContain('<img src=x');
      expect(all).toContain('onerror=alert(1)>');
      expect(all).toMatch(/Giao\b.*thừa/);
      expect(all).toContain('Nơi nhận:');
      expect(all).toContain('- Lưu: VT, TTCNTT.');
      expect(all).toContain('Lê Thị Thu Hà');
      // Leaders are named with their position, like the technicians.
      const leader = doc.days[0]!.rows[0]!.leaders[0]!;
      expect(html).toContain(`<b>${leader.name}</b>, <span class="post">${leader.post}</span>`);
      // After the signature, the Công bằng tab's picture, the hostile name in it as text too.
      expectFairnessAnnex(file, pdfLayout(file), doc);
      expect(html).toContain('>&lt;img src=x onerror=alert(1)&gt;</text>');
    }
  });

  it("prints one person's slip, never leaving the signature alone on a page, whatever the slip's length", async () => {
    // Slips of 6 to 15 shifts, each starting a page, in one print: their tables end all down the
    // first page, so for some the signature would fall alone onto the next one were it not kept
    // with what precedes it.
    const person = doc.days[3]!.rows[0]!.staff[0]!;
    const slips = Array.from({ length: 10 }, (_, n) => {
      const rows = doc.days.flatMap((d) => d.rows).slice(0, n + 6);
      const own = { ...doc, days: [{ ...doc.days[0]!, rows: rows.map((r) => ({ ...r, staff: [person, ...r.staff.filter((l) => l.staffId !== person.staffId)] })) }] };
      return printParts(own, { orientation: 'portrait', staffId: person.staffId! });
    });
    const body = slips.map((p) => `<div class="slip-test">${p.body}</div>`).join('');
    const html = printHtml({ ...slips[0]!, body, css: `${slips[0]!.css}\n.slip-test + .slip-test { break-before: page; }` }, tinosFontCss());
    const file = join(ARTIFACTS, 'slip.pdf');
    writeFileSync(file, await chromiumPrinter().print(html));
    renderPages(file, 'slip');
    const pages = pdfLayout(file);
    const starts = pages.flatMap((p, i) => (p.lines.some((l) => l.text === 'PHIẾU TRỰC') ? [i] : []));
    expect(starts).toHaveLength(10);
    // Some slip ran onto a second page: the case being tested happened.
    expect(starts.some((s, i) => (starts[i + 1] ?? pages.length) - s > 1)).toBe(true);
    for (const page of pages.filter((p) => p.lines.some((l) => l.text === doc.info.signerName))) {
      expect(page.lines.some((l) => l.text === 'Nơi nhận:')).toBe(true);
      expect(page.lines.some((l) => l.text === 'Liên hệ khẩn cấp khi có sự cố')).toBe(true);
    }
    expect(pages[0]!.lines.some((l) => l.text.includes(person.name))).toBe(true);
  });
});

describe('without Chromium', () => {
  it('says plainly how to get PDF printing', async () => {
    await expect(chromiumPrinter(null).print('<p>x</p>')).rejects.toThrow(/Không tìm thấy trình duyệt Chromium.*CHROMIUM_PATH/);
  });
});

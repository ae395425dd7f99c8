import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mm, textWidthOf } from '../../../electron/services/exports/official-docx';
import { rosterDocx } from '../../../electron/services/exports/roster-docx';
import { mergedDay, rosterDocument, type RosterDocument } from '../../../shared/export/roster-document';
import { exportSource } from '../../../shared/export/source';
import { expectFairnessAnnex } from '../../helpers/fairness-annex';
import { libreOfficeToPdf } from '../../helpers/libreoffice';
import { grayPage, longestRule, pdfLayout, type Box, type PdfPage } from '../../helpers/pdf-layout';
import { publish, rosteredTetPlan, testSettings } from '../../shared/export/helpers';

/** The files stay for people to look at (artifacts/ is not committed). */
const DIR = 'artifacts/docx';
const doc = rosterDocument(exportSource(publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z'), new Date('2026-02-05T03:00:00Z')), testSettings());

/** One day (Mùng 1) with five times its shifts: too long to keep on one page, so it must continue on the next. */
function withLongDay(base: RosterDocument): RosterDocument {
  return {
    ...base,
    days: base.days.map((day, i) => {
      if (i !== 4) return day;
      const rows = Array.from({ length: 5 }, () => day.rows).flat();
      return { ...day, rows, merged: mergedDay(rows) };
    }),
  };
}

const VARIANTS = { portrait: [doc, 'portrait'], landscape: [doc, 'landscape'], 'long-day': [withLongDay(doc), 'portrait'] } as const;
type Variant = keyof typeof VARIANTS;
const pdfs = {} as Record<Variant, PdfPage[]>;
const pdfPath = (v: Variant) => join(DIR, `thong-bao-${v}.pdf`);
const docxPath = (v: Variant) => join(DIR, `thong-bao-${v}.docx`);

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const [variant, [d, orientation]] of Object.entries(VARIANTS)) writeFileSync(docxPath(variant as Variant), await rosterDocx(d, orientation));
  // One LibreOffice run for every file: it is slow to start.
  libreOfficeToPdf(
    Object.keys(VARIANTS).map((v) => docxPath(v as Variant)),
    DIR,
  );
  for (const variant of Object.keys(VARIANTS) as Variant[]) {
    pdfs[variant] = pdfLayout(pdfPath(variant));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath(variant), join(DIR, variant)]);
  }
}, 240_000);

const lineWith = (page: PdfPage, pattern: RegExp) => page.lines.find((l) => pattern.test(l.text));
const centre = (b: Pick<Box, 'xMin' | 'xMax'>) => (b.xMin + b.xMax) / 2;
const xml = (v: Variant) => execFileSync('unzip', ['-p', docxPath(v), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });

describe('the Word notice as LibreOffice renders it', () => {
  it('is one THÔNG BÁO laid out as Decree 30 Appendix I, on A4 in both orientations', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(4);
    for (const variant of ['portrait', 'landscape'] as const) {
      const pages = pdfs[variant];
      // The signature's page: the fairness annex follows it (fairness-annex.ts).
      const [first, last] = [pages[0]!, pages.find((p) => p.lines.some((l) => l.text === 'Nơi nhận:'))!];
      expect(variant === 'portrait' ? [first.width, first.height] : [first.height, first.width]).toEqual([expect.closeTo(595, 0), expect.closeTo(842, 0)]);
      const type = lineWith(first, /^THÔNG BÁO$/)!;
      const subject = lineWith(first, /^Lịch trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026$/)!;
      const textCentre = (30 / 25.4) * 72 + ((variant === 'portrait' ? 165 : 252) / 25.4) * 36;
      expect(Math.abs(centre(type) - textCentre)).toBeLessThan(3);
      expect(Math.abs(centre(subject) - textCentre)).toBeLessThan(3);
      expect(subject.yMin).toBeGreaterThan(type.yMin + 5);
      expect(lineWith(first, /^Số: 15\/TB-TTCNTT$/)).toBeDefined();
      expect(lineWith(first, /^Bình Sơn, ngày 05 tháng 02 năm 2026$/)).toBeDefined();
      expect(lineWith(first, /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/)).toBeDefined();
      // Nơi nhận: each line ends ";" but the archive line, last, with a full stop.
      const label = last.lines.findIndex((l) => l.text === 'Nơi nhận:');
      const below = last.lines.slice(label + 1).filter((l) => l.text.startsWith('- ') && l.xMin < last.width / 2);
      expect(below.map((l) => l.text)).toEqual(['- Sở Khoa học và Công nghệ (để b/c);', '- Ban Giám đốc;', '- Các phòng chuyên môn;', '- Lưu: VT, TTCNTT.']);
    }
    const body = xml('portrait');
    // The type in bold capitals, the trích yếu in bold as written, leaders with their position.
    expect(body).toMatch(/<w:b\/>.*?<w:t[^>]*>THÔNG BÁO<\/w:t>/);
    expect(body).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:t[^>]*>Lịch trực bảo đảm/);
    const leader = doc.days[0]!.rows[0]!.leaders[0]!;
    expect(body).toContain(
      `${leader.name}</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">, ${leader.post}`,
    );
  });

  it('draws the rule under the unit ⅓–½ of its line, under the motto as long as the motto, under the trích yếu ⅓–½ of it', () => {
    for (const variant of ['portrait', 'landscape'] as const) {
      const page = pdfs[variant][0]!;
      const img = grayPage(pdfPath(variant), 1);
      const unitLines = page.lines.filter((l) => l.yMax < 200 && /TRUNG|TÂM|THÔNG|TIN/.test(l.text) && l.xMax < page.width / 2);
      const number = lineWith(page, /^Số:/)!;
      const unitRule = longestRule(img, unitLines[0]!.xMin - 40, unitLines[0]!.xMax + 40, unitLines.at(-1)!.yMax, number.yMin);
      const unitLine = Math.max(...unitLines.map((l) => l.xMax - l.xMin));
      expect(unitRule.length / unitLine).toBeGreaterThanOrEqual(1 / 3);
      expect(unitRule.length / unitLine).toBeLessThanOrEqual(1 / 2);
      expect(Math.abs(centre(unitRule) - centre(unitLines[0]!))).toBeLessThan(4);

      const motto = lineWith(page, /^Độc lập - Tự do - Hạnh phúc$/)!;
      const date = lineWith(page, /ngày 05 tháng 02/)!;
      const mottoRule = longestRule(img, motto.xMin - 60, motto.xMax + 60, motto.yMax, date.yMin);
      expect(mottoRule.length / (motto.xMax - motto.xMin)).toBeCloseTo(1, 1);
      expect(Math.abs(centre(mottoRule) - centre(motto))).toBeLessThan(3);

      const subject = lineWith(page, /^Lịch trực bảo đảm/)!;
      const period = lineWith(page, /^\(Từ 17:00/)!;
      const subjectRule = longestRule(img, subject.xMin, subject.xMax, subject.yMax, period.yMin);
      expect(subjectRule.length / (subject.xMax - subject.xMin)).toBeGreaterThanOrEqual(1 / 3);
      expect(subjectRule.length / (subject.xMax - subject.xMin)).toBeLessThanOrEqual(1 / 2);
    }
  });

  it('has fixed column widths adding up to the text width; STT and dates never wrap; landscape keeps the unit on one line', () => {
    for (const variant of ['portrait', 'landscape'] as const) {
      const grids = [...xml(variant).matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(([, g]) => [...g!.matchAll(/w:w="(\d+)"/g)].map(([, w]) => Number(w)));
      // The header, the roster and the signature; then the annex's pictures, at most 200 mm wide.
      expect(grids.length).toBe(3 + doc.annex!.charts.length);
      for (const grid of grids.slice(0, 3)) expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidthOf(variant));
      for (const grid of grids.slice(3)) expect(grid.reduce((a, b) => a + b, 0)).toBe(Math.min(textWidthOf(variant), mm(200)));
      expect(xml(variant)).toContain('<w:tblLayout w:type="fixed"/>');
      const words = pdfs[variant].flatMap((p) => p.words.map((w) => w.text));
      for (const day of doc.days) expect(words).toContain(day.dateText);
      for (let i = 1; i <= doc.days.length; i++) expect(words).toContain(String(i));
      const pagesWithTable = pdfs[variant].filter((p) => p.words.some((w) => w.text === 'Ngày'));
      for (const page of pagesWithTable) expect(page.words.some((w) => w.text === 'STT')).toBe(true);
      // Every phone number on one line, not cut in two by a column narrower than it.
      const lines = pdfs[variant].flatMap((p) => p.lines.map((l) => l.text.replace(/\s/g, ' ')));
      const phones = doc.days.flatMap((d) => d.rows.flatMap((r) => [...r.leaders, ...r.staff].map((p) => p.phone.replace(/\s/g, ' ')))).filter(Boolean);
      expect(phones.filter((phone) => !lines.some((l) => l.includes(phone)))).toEqual([]);
    }
    const landscape = pdfs.landscape[0]!;
    expect(lineWith(landscape, /TRUNG TÂM/)?.text).toBe('TRUNG TÂM CÔNG NGHỆ THÔNG TIN');
  });

  it('starts every page’s rows with the day they belong to, also for a day continued from the page before', () => {
    const long = doc.days[4]!.dateText;
    let continued = 0;
    for (const variant of ['portrait', 'landscape', 'long-day'] as const) {
      for (const page of pdfs[variant]) {
        const head = page.words.find((w) => w.text === 'STT');
        if (!head) continue;
        const below = (pattern: RegExp) => page.words.filter((w) => w.yMin > head.yMax && pattern.test(w.text)).sort((a, b) => a.yMin - b.yMin)[0];
        const firstDate = below(/^\d{2}\/\d{2}\/\d{4}$/);
        const firstHours = below(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
        if (!firstHours) continue;
        expect(firstDate!.yMin).toBeLessThanOrEqual(firstHours.yMin + 2);
        if (variant === 'long-day' && firstDate!.text === long && page !== pdfs[variant].find((p) => p.words.some((w) => w.text === long))) continued++;
      }
    }
    // The long day did run onto another page, and said so there.
    expect(continued).toBeGreaterThan(0);
  });

  it('keeps the signature with the contacts before it, never alone on its page', () => {
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      const page = pdfs[variant].find((p) => p.lines.some((l) => l.text === 'Nơi nhận:'))!;
      expect(page.lines.some((l) => l.text === doc.info.signerName)).toBe(true);
      expect(page.lines.some((l) => l.text === 'Liên hệ khẩn cấp khi có sự cố')).toBe(true);
    }
  });

  it('ends with the fairness annex: the Công bằng picture on a page of its own, bars as long as the loads, the average dashed and the best thick', () => {
    for (const variant of ['portrait', 'landscape'] as const) expectFairnessAnnex(pdfPath(variant), pdfs[variant], doc);
    const body = xml('portrait');
    expect(body).toMatch(/<w:left w:val="dashed"/);
    expect(body).toMatch(/<w:shd [^>]*w:fill="A7AEBB"/);
  });
});

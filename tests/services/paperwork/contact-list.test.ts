import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../../electron/services/exports/chromium-printer';
import { paperFile } from '../../../electron/services/paperwork/paper-files';
import { exportSource } from '../../../shared/export/source';
import { contactListDocument } from '../../../shared/paperwork/contact-list';
import { libreOfficeToPdf } from '../../helpers/libreoffice';
import { pdfLayout, type PdfPage } from '../../helpers/pdf-layout';
import { publish, rosteredTetPlan, testSettings } from '../../shared/export/helpers';
import { paperInputs } from './paper-inputs';

/** The files stay for people to look at (artifacts/ is not committed). */
const DIR = 'artifacts/paperwork';
const HOSTILE = '<img src=x onerror=alert(1)>';
const plan = rosteredTetPlan();
plan.staff = plan.staff.map((s, i) => (i === 3 ? { ...s, fullName: HOSTILE } : s));
const source = exportSource(publish(plan, '2026-02-05T02:00:00.000Z'), new Date('2026-02-05T03:00:00Z'));
const settings = testSettings();
const options = { number: '12', date: '2026-02-06', recipients: ['Sở Khoa học và Công nghệ (để b/c)', 'Công an tỉnh (PA05)'] };
const doc = contactListDocument(source, settings, options);
const inputs = paperInputs(source, settings, Date.parse('2026-02-05T03:00:00Z'));
const pages = {} as Record<'pdf' | 'docx', PdfPage[]>;
const text = (p: PdfPage[]) => p.flatMap((page) => page.lines.map((l) => l.text.replace(/\s/g, ' '))).join('\n');

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'danh-sach.docx'), await paperFile({ kind: 'contacts', options }, 'docx', inputs, 'portrait', chromiumPrinter()));
  writeFileSync(join(DIR, 'danh-sach.pdf'), await paperFile({ kind: 'contacts', options }, 'pdf', inputs, 'portrait', chromiumPrinter()));
  writeFileSync(join(DIR, 'danh-sach.html'), await paperFile({ kind: 'contacts', options }, 'html', inputs, 'portrait', chromiumPrinter()));
  mkdirSync(join(DIR, 'lo'));
  libreOfficeToPdf([join(DIR, 'danh-sach.docx')], join(DIR, 'lo'));
  pages.pdf = pdfLayout(join(DIR, 'danh-sach.pdf'));
  pages.docx = pdfLayout(join(DIR, 'lo', 'danh-sach.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '60', join(DIR, 'danh-sach.pdf'), join(DIR, 'pdf')]);
  execFileSync('pdftoppm', ['-png', '-r', '60', join(DIR, 'lo', 'danh-sach.pdf'), join(DIR, 'docx')]);
}, 240_000);

describe('Danh sách cán bộ trực và đầu mối liên hệ (#17)', () => {
  it('lists every person on duty, shift by shift, with position and phone, in PDF and in Word alike', () => {
    const people = doc.days.flatMap((d) => d.shifts.flatMap((s) => s.people));
    expect(people.length).toBe(source.core.assignments.length);
    for (const format of ['pdf', 'docx'] as const) {
      const all = text(pages[format]);
      expect(all).toContain('DANH SÁCH');
      expect(all).toContain('Số: 12/DS-TTCNTT');
      expect(all).toContain('Bình Sơn, ngày 06 tháng 02 năm 2026');
      for (const { person } of people) if (person.phone) expect(all).toContain(person.phone.replace(/\s/g, ' '));
      const rows = pages[format].flatMap((p) => p.lines).filter((l) => /Lãnh đạo|Cán bộ trực$/.test(l.text));
      expect(rows.length).toBeGreaterThanOrEqual(people.length - people.filter((p) => p.duty === 'Lãnh đạo trực').length);
      // The recipients given for this paper, then the archive line with its full stop.
      const lines = pages[format].flatMap((p) => p.lines.map((l) => l.text));
      const label = lines.indexOf('Nơi nhận:');
      expect(lines.slice(label + 1).filter((l) => l.startsWith('- '))).toEqual(['- Sở Khoa học và Công nghệ (để b/c);', '- Công an tỉnh (PA05);', '- Lưu: VT, TTCNTT.']);
      // Printed as the text it is (a narrow column may wrap it).
      if (people.some((p) => p.person.name === HOSTILE)) expect(all).toContain('<img src=x');
    }
  });

  it('keeps a hostile name as text, and names the focal point for incidents', () => {
    expect(doc.days.some((d) => d.shifts.some((s) => s.people.some((p) => p.person.name === HOSTILE)))).toBe(true);
    const xml = execFileSync('unzip', ['-p', join(DIR, 'danh-sach.docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(pages.pdf)).toContain('Đầu mối tiếp nhận, xử lý sự cố của đơn vị');
    const focal = plan.staff.find((s) => s.roles.includes('leader'))!;
    expect(contactListDocument(source, settings, { focalStaffId: focal.id }).focal?.name).toBe(focal.fullName);
    expect(() => contactListDocument(source, settings, { focalStaffId: 'nobody' })).toThrow(/nobody/);
  });

  it("takes a number of its own: the one written on it, else room for the clerk, never the roster's", () => {
    const numbered = { ...source, core: { ...source.core, document: { ...source.core.document, number: '15' } } };
    const unit = { ...settings, document: { ...settings.document, number: '16' } };
    expect(contactListDocument(numbered, unit).number).toBe('Số: \u2002\u2002\u2002\u2002/DS-TTCNTT');
    expect(contactListDocument(numbered, unit, { number: '12' }).number).toBe('Số: 12/DS-TTCNTT');
    expect(contactListDocument(numbered, unit, { number: '12/DS-VP' }).number).toBe('Số: 12/DS-VP');
  });
});

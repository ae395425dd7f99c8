import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { tempDir } from '../../helpers/services';
import { publish, rosteredTetPlan } from '../../shared/export/helpers';

const HOSTILE = '=HYPERLINK("http://x.invalid","<img src=x onerror=alert(1)>")';
const plan = rosteredTetPlan();
plan.staff = plan.staff.map((s, i) => (i === 8 ? { ...s, fullName: HOSTILE } : s));
const published = publish(plan, '2026-02-05T02:00:00.000Z');

// Each test exports from its own folder, holding the published plan file and the CLI's data folder.
let dir: string;
let planFile: string;
beforeEach(() => {
  dir = tempDir('lich-truc-export-');
  planFile = join(dir, 'tet.lichtruc.json');
  writeFileSync(planFile, JSON.stringify(published));
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', join(dir, 'data'), ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function cellText(value: ExcelJS.CellValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

describe('lich-truc export', () => {
  it('writes one calendar per person into a folder and says which version it exported', async () => {
    const out = join(dir, 'ics');
    const result = await cli('export', 'ics', planFile, '--out', out, '--per-person', '--organizer', 'ttcntt@binhson.gov.vn');
    // The sample unit is unfinished: the checklist warns (tested below), nothing else is said on stderr.
    expect(result.err.split('\n').filter((l) => l && !l.startsWith('Cảnh báo: '))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('phiên bản ban hành 1');
    const files = readdirSync(out);
    expect(files).toContain('Nguyen-Van-Hung-1.ics');
    expect(files.length).toBe(new Set(plan.assignments.map((a) => a.staffId)).size);
  });

  it('refuses calendars without an organizer email, with a one-line reason', async () => {
    const result = await cli('export', 'ics', planFile, '--out', join(dir, 'x.ics'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Lỗi: Chưa có email đơn vị.*\n$/);
  });

  it('writes an XLSX that reads back as the same assignments, with phones and hostile names as text', async () => {
    const out = join(dir, 'roster.xlsx');
    expect((await cli('export', 'xlsx', planFile, '-o', out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Theo ngày và ca', 'Theo cán bộ', 'Bảng chấm công', 'Loại ngày']);
    const byDay = workbook.getWorksheet('Theo ngày và ca')!;
    const header = (byDay.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const col = (name: string) => header.indexOf(name) + 1;
    const read: { seatId: string; staffId: string }[] = [];
    byDay.eachRow((row, n) => {
      if (n === 1) return;
      read.push({ seatId: cellText(row.getCell(col('Mã vị trí')).value), staffId: cellText(row.getCell(col('Mã cán bộ')).value) });
      const phone = row.getCell(col('Điện thoại'));
      expect(typeof phone.value).toBe('string');
      expect(phone.numFmt).toBe('@');
      expect(String(phone.value)).toMatch(/^0\d{3} \d{3} \d{3}$/);
    });
    expect(read).toEqual(plan.assignments.map((a) => ({ seatId: a.seatId, staffId: a.staffId })));
    const names: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => c.value === HOSTILE && names.push(c))));
    expect(names.length).toBeGreaterThan(3);
    for (const c of names) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.numFmt).toBe('@');
    }
  });

  it('writes CSV with formula-looking names neutralised', async () => {
    const out = join(dir, 'roster.csv');
    expect((await cli('export', 'csv', planFile, '-o', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFNgày;Thứ;Âm lịch')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x.invalid"",""<img src=x onerror=alert(1)>"")"`);
    expect(text).not.toMatch(/(^|[;,])=HYPERLINK/m);
    const comma = join(dir, 'roster-comma.csv');
    expect((await cli('export', 'csv', planFile, '-o', comma, '--comma')).code).toBe(0);
    expect(readFileSync(comma, 'utf8').startsWith('\uFEFFNgày,Thứ,Âm lịch')).toBe(true);
  });

  it('writes the print as HTML with the name escaped, and DOCX', async () => {
    const html = join(dir, 'roster.html');
    expect((await cli('export', 'html', planFile, '-o', html, '--landscape')).code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('size: A4 landscape');
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toMatch(/<img/);
    const docx = join(dir, 'roster.docx');
    expect((await cli('export', 'docx', planFile, '-o', docx)).code).toBe(0);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'THÔNG BÁO',
      'Lịch trực bảo đảm an toàn thông tin mạng',
      'Bính Ngọ 2026',
      'Âm lịch',
      'Nơi nhận:',
      'VNCERT/CC',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Page numbers from page 2: a distinct, empty, first-page header.
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  describe("--staff: that person's part, or refused", () => {
    const person = plan.assignments[0]!.staffId;
    const ownShifts = plan.assignments.filter((a) => a.staffId === person).length;

    it("writes only that person's calendar", async () => {
      const whole = join(dir, 'whole.ics');
      const own = join(dir, 'own.ics');
      await cli('export', 'ics', planFile, '--out', whole, '--organizer', 'ttcntt@binhson.gov.vn');
      const result = await cli('export', 'ics', planFile, '--out', own, '--staff', person, '--organizer', 'ttcntt@binhson.gov.vn');
      expect(result.code).toBe(0);
      const events = (text: string) => text.match(/^BEGIN:VEVENT\r$/gm)?.length ?? 0;
      expect(events(readFileSync(own, 'utf8'))).toBe(ownShifts);
      expect(readFileSync(own, 'utf8')).not.toBe(readFileSync(whole, 'utf8'));
    });

    it("prints that person's slip as HTML", async () => {
      const out = join(dir, 'slip.html');
      expect((await cli('export', 'html', planFile, '--out', out, '--staff', person)).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('Phiếu trực');
    });

    it.each([['csv'], ['xlsx'], ['docx'], ['ics', '--per-person']])('refuses %s %s for one person instead of writing the whole roster', async (...format) => {
      const out = join(dir, `refused-${format.join('')}`);
      const result = await cli('export', ...format, planFile, '--out', out, '--staff', person, '--organizer', 'ttcntt@binhson.gov.vn');
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/không xuất riêng cho một người; dùng pdf, html, ics/);
      expect(() => readFileSync(out)).toThrow();
    });

    it('refuses someone with no shift in the exported version', async () => {
      const result = await cli('export', 'ics', planFile, '--out', join(dir, 'nobody.ics'), '--staff', 'no-such-person', '--organizer', 'ttcntt@binhson.gov.vn');
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/không có ca trực nào/);
    });
  });

  it('says how to use it when the format is unknown', async () => {
    const result = await cli('export', 'odt', planFile, '-o', join(dir, 'x'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('Cách dùng: lich-truc export');
  });
});

describe('lich-truc export and the checklist', () => {
  it('warns on stderr of what is unfinished and exports (exit 0); --strict refuses and writes nothing', async () => {
    const out = join(dir, 'unfinished.html');
    const warned = await cli('export', 'html', planFile, '-o', out);
    expect(warned.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const lines = warned.err.trim().split('\n');
    expect(lines).toContain('Cảnh báo: Cơ quan chủ quản chưa điền ("UBND TỈNH …"). (sửa trong Cài đặt, mục Cơ quan chủ quản)');
    expect(lines.some((l) => l.startsWith('Cảnh báo: 4 liên hệ khẩn cấp chưa được xác nhận'))).toBe(true);

    const strict = join(dir, 'strict.html');
    const refused = await cli('export', 'html', planFile, '-o', strict, '--strict');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Chưa xuất vì còn');
    expect(existsSync(strict)).toBe(false);
  });
});

import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../helpers/services';

let dataDir: string;
beforeEach(() => void (dataDir = tempDir('lich-truc-cli-cal-')));

/** Runs a command with captured output over an empty data folder, which must stay untouched. */
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', dataDir, ...argv], { out: (t) => void (out += t), err: (t) => void (err += t) });
  expect(readdirSync(dataDir)).toEqual([]);
  return { code, out, err };
}

describe('lich-truc lunar', () => {
  it('prints one day as one JSON line', async () => {
    expect(await cli('lunar', '2026-02-17')).toEqual({
      code: 0,
      out: '{"day":1,"month":1,"year":2026,"leap":false,"yearName":"Bính Ngọ"}\n',
      err: '',
    });
    expect((await cli('lunar', '2025-07-25')).out).toBe('{"day":1,"month":6,"year":2025,"leap":true,"yearName":"Ất Tỵ"}\n');
  });

  it('prints a range as CSV, to standard output or to --out/-o', async () => {
    const { code, out } = await cli('lunar', '--from', '2000-01-01', '--to', '2000-12-31', '--csv');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('gregorian,lunar_day,lunar_month,lunar_year,is_leap_month');
    expect(lines).toHaveLength(367);
    expect(lines).toContain('2000-02-05,1,1,2000,0');
    expect((await cli('lunar', '--from', '2026-02-17', '--to', '2026-02-17', '--csv')).out).toContain('\n2026-02-17,1,1,2026,0\n');

    const file = join(tmpdir(), `lunar-${process.pid}.csv`);
    for (const flag of ['--out', '-o']) {
      const written = await cli('lunar', '--from', '2026-02-16', '--to', '2026-02-17', '--csv', flag, file);
      expect(written).toMatchObject({ code: 0, out: '' });
      expect(readFileSync(file, 'utf8')).toBe('gregorian,lunar_day,lunar_month,lunar_year,is_leap_month\n2026-02-16,29,12,2025,0\n2026-02-17,1,1,2026,0\n');
    }
    rmSync(file);
  });
});

describe('lich-truc solar', () => {
  it('converts a lunar date, leap months with --leap', async () => {
    expect(await cli('solar', '2026', '1', '1')).toEqual({ code: 0, out: '2026-02-17\n', err: '' });
    expect((await cli('solar', '2025', '6', '1', '--leap')).out).toBe('2025-07-25\n');
    expect((await cli('solar', '2025', '6', '1')).out).toBe('2025-06-25\n');
  });
});

describe('lich-truc holidays', () => {
  it('prints the year as JSON with periods, legal days, swaps and status', async () => {
    const { code, out } = await cli('holidays', '2026', '--json');
    expect(code).toBe(0);
    const holidays = JSON.parse(out);
    expect(holidays.map((h: { key: string }) => h.key)).toEqual(['tet-duong-lich', 'tet-nguyen-dan', 'gio-to', '30-4-1-5', 'quoc-khanh']);
    expect(holidays[1]).toMatchObject({
      name: 'Tết Nguyên đán',
      daysOff: { first: '2026-02-14', last: '2026-02-22' },
      legalDays: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
      status: 'official',
      swaps: [],
    });
    expect(holidays[0].swaps).toEqual([{ off: '2026-01-02', worked: '2026-01-10' }]);
    expect(JSON.parse((await cli('holidays', '2027', '--json')).out)[1]).toMatchObject({ status: 'proposed', daysOff: { first: '2027-02-04', last: '2027-02-10' } });
  });

  it('prints a readable Vietnamese list by default', async () => {
    const { code, out } = await cli('holidays', '2026');
    expect(code).toBe(0);
    expect(out).toContain('Ngày lễ năm 2026');
    expect(out).toContain('Tết Nguyên đán — chính thức\n  Nghỉ: Thứ Bảy 14/02/2026 → Chủ Nhật 22/02/2026 (9 ngày)');
    expect(out).toContain('Hoán đổi: nghỉ Thứ Sáu 02/01/2026, làm bù Thứ Bảy 10/01/2026');
    expect((await cli('holidays', '2027')).out).toContain(
      'Tết Nguyên đán — đề xuất\n  Nghỉ: Thứ Năm 04/02/2027 → Thứ Tư 10/02/2027 (7 ngày)\n  Ngày lễ theo luật: 04/02/2027, 05/02/2027, 06/02/2027, 07/02/2027, 08/02/2027\n  Ghi chú: Đề xuất theo Bộ luật Lao động 2019 — cần đối chiếu thông báo chính thức của Chính phủ',
    );
  });
});

describe('bad input: one line on stderr, exit 1 for a wrong value, 2 for a command line not understood', () => {
  const cases: [string[], number, RegExp][] = [
    [['lunar', '2026-02-30'], 1, /Ngày không hợp lệ: "2026-02-30"/],
    [['lunar', '17/02/2026'], 1, /Ngày không hợp lệ/],
    [['lunar', '2101-01-01'], 1, /1900–2100/],
    [['lunar', '--from', '2026-03-01', '--to', '2026-02-01', '--csv'], 1, /sau ngày kết thúc/],
    [['solar', '2026', '6', '1', '--leap'], 1, /không có tháng 6 nhuận/],
    [['solar', '2026', '12', '31'], 1, /không tồn tại/],
    [['solar', '1899', '1', '1'], 1, /1900–2100/],
    [['solar', 'năm', '1', '1'], 1, /Năm phải là số nguyên/],
    [['holidays', '2101'], 1, /1900–2100/],
    [['holidays', 'x'], 1, /Năm phải là số nguyên/],
    [['lunar'], 2, /Thiếu NGÀY/],
    [['lunar', '--from', '2026-01-01'], 2, /Cần cả --from và --to/],
    [['lunar', '--from', '2026-01-01', '--to', '2026-01-02'], 2, /thêm --csv/],
    [['solar', '2026', '1'], 2, /Thiếu NGÀY/],
    [['holidays', '2026', '2027'], 2, /Thừa đối số/],
    [['holidays', '2026', '--yaml'], 2, /yaml/],
  ];
  it.each(cases)('%j', async (argv, code, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(code);
    expect(result.out).toBe('');
    expect(result.err).toMatch(message);
    // The message itself is one line; usage errors add the usage line after it.
    expect(result.err.trimEnd().split('\n')).toHaveLength(code === 2 ? 2 : 1);
  });

  it('says an impossible date in Vietnamese only, with no English after it', async () => {
    expect((await cli('lunar', '2026-02-30')).err).toBe('Lỗi: Ngày không hợp lệ: "2026-02-30" (cần dạng YYYY-MM-DD)\n');
    expect((await cli('solar', '2025', '12', '30')).err).toBe('Lỗi: Ngày 30 tháng 12 năm 2025 âm lịch không tồn tại: tháng này có 29 ngày\n');
    expect((await cli('holidays', '2101')).err).toBe('Lỗi: Năm 2101 nằm ngoài phạm vi hỗ trợ 1900–2100\n');
  });
});

describe('the real entry point', () => {
  it('runs `lunar` as a process', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'electron/cli/main.ts', 'lunar', '2026-02-17']);
    expect(stdout).toBe('{"day":1,"month":1,"year":2026,"leap":false,"yearName":"Bính Ngọ"}\n');
  });

  it('exits non-zero with a message on stderr', async () => {
    const failure = await promisify(execFile)('npx', ['tsx', 'electron/cli/main.ts', 'lunar', '2026-02-30']).catch((e) => e);
    expect(failure.code).toBe(1);
    // npx may print its own warnings first; the CLI's message is the last line.
    expect(failure.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Lỗi: Ngày không hợp lệ: "2026-02-30"/);
  });
});

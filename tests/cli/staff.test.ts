import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { EXIT } from '../../electron/cli/command';
import { tempDir } from '../helpers/services';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Runs the CLI over one data folder and collects what it prints. */
function cli(dataDir: string) {
  return async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(['--data-dir', dataDir, ...argv], { out: (t) => void (out += t), err: (t) => void (err += t) });
    return { code, out, err };
  };
}

describe('lich-truc staff', () => {
  it('import without --yes prints every row with its problems and changes nothing', async () => {
    const run = cli(tempDir());
    const preview = await run('staff', 'import', fixture('sample-staff-broken.csv'));
    expect(preview.code).toBe(EXIT.ok);
    expect(preview.out).toContain('Dòng 4: (không có họ tên) — LỖI');
    expect(preview.out).toContain('Dòng 5: Bùi Xuân Trường — LỖI\n    lỗi: Số điện thoại "0912 34" không hợp lệ');
    expect(preview.out).toContain('Dòng 8: Trần Quốc Bảo — bỏ qua (trùng trong tệp)');
    expect(preview.out).toContain('lỗi: Thiếu họ và tên');
    expect(preview.out).toContain('Chưa nhập gì. Chạy lại với --yes');
    expect((await run('staff', 'list', '--json')).out).toBe('[]\n');
  });

  it('import --yes imports the good rows and names the refused ones by row number', async () => {
    const run = cli(tempDir());
    const result = await run('staff', 'import', fixture('sample-staff-broken.csv'), '--yes');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/Đã nhập \d+ người mới/);
    expect(result.out).toContain('Không nhập các dòng: 4, 5, 6, 7, 8.');
    const list = await run('staff', 'list');
    expect(list.out).toContain('Phan Thanh Sơn');
    expect(list.out).not.toContain('Ngô Quang Huy');
  });

  it('fails when nothing in the file can be imported, and leaves the directory as it was', async () => {
    const dir = tempDir();
    const run = cli(dir);
    await run('staff', 'import', fixture('sample-staff.csv'), '--yes');
    const again = await run('staff', 'import', fixture('sample-staff.csv'), '--yes');
    expect(again.code).toBe(EXIT.incomplete);
    expect(again.err).toContain('Không có dòng nào nhập được');
    expect(JSON.parse((await run('staff', 'list', '--json')).out)).toHaveLength(30);
  });

  it('import --sheet reads the named sheet of a workbook; a file whose columns need mapping names what is missing', async () => {
    const run = cli(tempDir());
    const spare = await run('staff', 'import', fixture('office/ds-truc-tet-2026.xlsx'), '--sheet', 'Dự phòng', '--yes');
    expect(spare.code).toBe(EXIT.ok);
    expect(spare.out).toBe('Đã nhập 2 người mới.\n');
    const absent = await run('staff', 'import', fixture('office/ds-truc-tet-2026.xlsx'), '--sheet', 'Tháng 1');
    expect(absent.code).not.toBe(EXIT.ok);
    expect(absent.err).toContain('Tệp không có trang tính "Tháng 1"; các trang tính: "Hướng dẫn", "DS trực Tết", "Dự phòng".');
    const own = await run('staff', 'import', fixture('office/ds-phan-cong-truc.xlsx'), '--yes');
    expect(own.code).toBe(EXIT.incomplete);
    expect(own.err).toContain('ds-phan-cong-truc.xlsx: Thiếu cột bắt buộc: Họ và tên, Vai trò. Các cột tìm thấy ở dòng 3:');
    expect((await run('staff', 'list', '--json')).out).toContain('Phan Văn Lực');
  });

  it('a file that cannot be read is a one-line error with a non-zero exit', async () => {
    const result = await cli(tempDir())('staff', 'import', join(tempDir(), 'none.csv'));
    expect(result.code).toBe(EXIT.error);
    expect(result.err).toMatch(/^Lỗi: Không đọc được tệp .*none\.csv: không có tệp này\.\n$/);
  });

  it('exports CSV to stdout and XLSX only to a file', async () => {
    const dir = tempDir();
    const run = cli(dir);
    await run('staff', 'import', fixture('sample-staff.csv'), '--yes');
    const csv = await run('staff', 'export', '--format', 'csv');
    expect(csv.code).toBe(EXIT.ok);
    expect(csv.out.startsWith('\uFEFFHọ và tên,')).toBe(true);
    expect(csv.out).toContain('Trần Quốc Bảo,Giám đốc,Ban Giám đốc,0912 345 601');

    expect((await run('staff', 'export', '--format', 'xlsx')).code).toBe(EXIT.usage);
    const out = join(tempDir(), 'danh-ba.xlsx');
    const xlsx = await run('staff', 'export', '--format', 'xlsx', '--out', out);
    expect(xlsx.code).toBe(EXIT.ok);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect((await run('staff', 'export', '--format', 'pdf')).code).toBe(EXIT.usage);
  });
});

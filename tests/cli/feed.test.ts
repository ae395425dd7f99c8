import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { FeedWriteResult } from '../../shared/feed/result';
import type { Plan } from '../../shared/plan/schema';
import { tetRoster } from '../helpers/reminders';
import { tempDir, tempServices, writeJsonFile } from '../helpers/services';

const WINDOW = { start: '2026-02-16T07:30', end: '2026-02-18T07:30' };

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, { env: {} });
  return { code, out, err };
}

/** A data folder with the unit's email (the calendars' ORGANIZER), a plan file and an empty served folder. */
async function setUp() {
  const { services, dataDir } = tempServices();
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  const plan: Plan = { ...tetRoster({ window: WINDOW, name: 'Trực Tết Bính Ngọ 2026' }), id: 'cli-feed' };
  return { dataDir, plan, file: writeJsonFile(join(tempDir(), 'tet.lichtruc.json'), plan), folder: tempDir('lich-truc-feed-') };
}

describe('lich-truc feed', () => {
  it('write PLAN --dir --base-url writes the folder and prints each person’s addresses; the same addresses next time', async () => {
    const { dataDir, file, folder } = await setUp();
    const args = ['--data-dir', dataDir, 'feed', 'write', file, '--dir', folder, '--base-url', 'https://intranet.stttt.example.vn/lich'];

    const first = await cli(args);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(new RegExp(`^Đã ghi nguồn lịch phiên bản 1: 7 tệp vào ${folder}\\.\\n`));
    expect(first.out).toMatch(/^Toàn bộ lịch trực: https:\/\/intranet\.stttt\.example\.vn\/lich\/[0-9a-f]{32}\.ics$/m);
    expect(first.out).toMatch(
      /^Nguyễn Văn An: https:\/\/intranet\.stttt\.example\.vn\/lich\/[0-9a-f]{32}\.ics\n {2}webcal:\/\/intranet\.stttt\.example\.vn\/lich\/[0-9a-f]{32}\.ics — 4 ca, 0 ca huỷ$/m,
    );
    expect(readdirSync(folder).filter((n) => n.endsWith('.ics'))).toHaveLength(7);

    const again = await cli([...args, '--json', '--refresh', '15']);
    const result = JSON.parse(again.out) as FeedWriteResult;
    expect(result.files.map((f) => f.url).sort()).toEqual([...first.out.matchAll(/ (https:\S+)$/gm)].map((m) => m[1]).sort());
    expect(readFileSync(join(folder, result.files[0]!.fileName), 'utf8')).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT15M');
  });

  it('write holds the feed to the outgoing checklist: each unfinished detail a warning, and with --strict nothing is written', async () => {
    const { dataDir, file, folder } = await setUp();
    const args = ['--data-dir', dataDir, 'feed', 'write', file, '--dir', folder, '--base-url', 'https://intranet.stttt.example.vn/lich'];

    const strict = await cli([...args, '--strict']);
    expect(strict.code).not.toBe(0);
    expect(strict.err).toContain('Tên đơn vị chưa điền');
    expect(strict.err).toMatch(/Chưa xuất vì còn \d+ mục chưa xong \(--strict\)\.\n$/);
    expect(readdirSync(folder)).toEqual([]);

    const warned = await cli(args);
    expect(warned.code, warned.err).toBe(0);
    expect(warned.err).toMatch(/^Cảnh báo: Tên đơn vị chưa điền .* \(sửa trong Cài đặt, mục .+\)$/m);
    expect(readdirSync(folder).filter((n) => n.endsWith('.ics'))).toHaveLength(7);
  });

  it('config keeps the folder and the address for later runs and the app', async () => {
    const { dataDir, file, folder } = await setUp();
    const set = await cli(['--data-dir', dataDir, 'feed', 'config', '--dir', folder, '--base-url', 'http://10.0.0.5/lich/', '--refresh', '30']);
    expect(set.code, set.err).toBe(0);
    expect(set.out).toBe(`Thư mục: ${folder}\nĐịa chỉ web của thư mục: http://10.0.0.5/lich/\nĐiện thoại tải lại sau mỗi: 30\n`);

    const written = await cli(['--data-dir', dataDir, 'feed', 'write', file, '--json']);
    expect(written.code, written.err).toBe(0);
    expect(JSON.parse(written.out)).toMatchObject({ folder, baseUrl: 'http://10.0.0.5/lich/', refreshMinutes: 30 });
  });

  it('rotate gives one person a new address and removes the old file', async () => {
    const { dataDir, file, folder } = await setUp();
    const base = ['--data-dir', dataDir, 'feed'];
    const where = ['--dir', folder, '--base-url', 'https://intranet.stttt.example.vn/lich/', '--json'];
    const before = JSON.parse((await cli([...base, 'write', file, ...where])).out) as FeedWriteResult;
    const rotated = await cli([...base, 'rotate', file, '--person', 'kt-01', ...where]);
    expect(rotated.code, rotated.err).toBe(0);
    const after = JSON.parse(rotated.out) as FeedWriteResult;
    const old = before.files.find((f) => f.staffId === 'kt-01')!.fileName;
    expect(after.removed).toEqual([old]);
    expect(existsSync(join(folder, old))).toBe(false);
  });

  it('refuses what it cannot do, saying why', async () => {
    const { dataDir, file, folder } = await setUp();
    const base = ['--data-dir', dataDir, 'feed'];
    expect(await cli([...base, 'write', file])).toMatchObject({ code: 1, err: 'Lỗi: Chưa chọn thư mục nguồn lịch (thư mục máy chủ web phục vụ) trong Cài đặt.\n' });
    expect(await cli([...base, 'write', file, '--dir', join(folder, 'khong-co'), '--base-url', 'https://x/'])).toMatchObject({ code: 1, err: expect.stringContaining('khong-co không tồn tại') });
    expect(await cli([...base, 'write', file, '--dir', folder, '--base-url', 'https://x/', '--refresh', '7'])).toMatchObject({ code: 2, err: expect.stringContaining('--refresh: Chu kỳ cập nhật') });
    expect(await cli([...base, 'rotate', file, '--dir', folder])).toMatchObject({ code: 2, err: expect.stringContaining('Chọn một trong --person') });
    expect(await cli([...base, 'publish', file])).toMatchObject({ code: 2, err: expect.stringContaining('Hành động không hợp lệ: publish') });
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { Plan } from '../../shared/plan/schema';
import { planFile } from '../helpers/plans';
import { fakeClock, readJsonFile, sequentialIds, tempDir, writeJsonFile } from '../helpers/services';

/** The lich-truc command over a temp data folder, with its output captured. */
function cli(ask?: (question: string) => Promise<string | null>) {
  const dataDir = tempDir();
  const files = tempDir();
  const clock = fakeClock();
  const ids = sequentialIds();
  return {
    dataDir,
    files,
    async run(...argv: string[]) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['--data-dir', dataDir, ...argv], { out: (t) => void (stdout += t), err: (t) => void (stderr += t), ask }, { clock, ids });
      return { code, stdout, stderr };
    },
  };
}

/** Exactly one line, as scripts reading stderr expect. */
const oneLine = expect.stringMatching(/^[^\n]+\n$/);

describe('lich-truc plan', () => {
  it('says plainly that there are no plans yet', async () => {
    expect(await cli().run('plan', 'list')).toEqual({ code: 0, stdout: 'Chưa có kế hoạch nào.\n', stderr: '' });
  });

  it('imports a plan file, then lists and shows it as JSON', async () => {
    const { run, files } = cli();
    const file = writeJsonFile(join(files, 'tet.lichtruc.json'), planFile());

    const imported = await run('plan', 'import', file);
    expect(imported).toEqual({ code: 0, stdout: 'Đã nhập kế hoạch "Trực Tết 2026 (từ tệp)" (mã tet-2026, bản nháp).\n', stderr: '' });

    const list = await run('plan', 'list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id: 'tet-2026', name: 'Trực Tết 2026 (từ tệp)', status: 'draft' })]);

    const show = await run('plan', 'show', 'tet-2026', '--json');
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toEqual(Plan.parse(planFile()));
  });

  it('refuses to import a plan already stored without --replace or --keep-both when there is no terminal to ask', async () => {
    const { run, files } = cli();
    const file = writeJsonFile(join(files, 'tet.lichtruc.json'), planFile());
    await run('plan', 'import', file);

    const again = await run('plan', 'import', file);

    expect(again).toEqual({ code: 2, stdout: '', stderr: oneLine });
    expect(again.stderr).toContain('Kế hoạch "Trực Tết 2026 (từ tệp)" (mã tet-2026, bản nháp) đã có');
    expect(again.stderr).toContain('thêm --replace để thay thế, hoặc --keep-both');
    expect(JSON.parse((await run('plan', 'list', '--json')).stdout)).toHaveLength(1);
  });

  it('imports a plan already stored as a draft copy with --keep-both, and in place with --replace', async () => {
    const { run, files } = cli();
    const file = writeJsonFile(join(files, 'tet.lichtruc.json'), planFile());
    await run('plan', 'import', file);

    expect(await run('plan', 'import', file, '--keep-both')).toEqual({ code: 0, stdout: 'Đã nhập kế hoạch "Trực Tết 2026 (từ tệp) (bản nhập)" (mã id-0001, bản nháp).\n', stderr: '' });
    writeJsonFile(file, planFile({ subject: 'Đã sửa' }));
    expect(await run('plan', 'import', file, '--replace')).toEqual({ code: 0, stdout: 'Đã nhập kế hoạch "Trực Tết 2026 (từ tệp)" (mã tet-2026, bản nháp).\n', stderr: '' });

    expect(JSON.parse((await run('plan', 'show', 'tet-2026', '--json')).stdout)).toMatchObject({ subject: 'Đã sửa' });
    expect(JSON.parse((await run('plan', 'list', '--json')).stdout)).toHaveLength(2);
    expect((await run('plan', 'import', file, '--replace', '--keep-both')).code).toBe(2);
  });

  it('asks at the terminal what to do with a plan already stored, and imports nothing on a plain Enter', async () => {
    const answers = ['', 'g'];
    const questions: string[] = [];
    const { run, files } = cli(async (question) => (questions.push(question), answers.shift() ?? null));
    const file = writeJsonFile(join(files, 'tet.lichtruc.json'), planFile());
    await run('plan', 'import', file);

    expect(await run('plan', 'import', file)).toEqual({ code: 3, stdout: '', stderr: 'Lỗi: Chưa nhập gì.\n' });
    expect((await run('plan', 'import', file)).stdout).toBe('Đã nhập kế hoạch "Trực Tết 2026 (từ tệp) (bản nhập)" (mã id-0001, bản nháp).\n');

    expect(questions[0]).toMatch(/t = thay thế[\s\S]*g = giữ cả hai/);
    expect(JSON.parse((await run('plan', 'list', '--json')).stdout)).toHaveLength(2);
  });

  it('lists plans for people with their period in Vietnamese date format', async () => {
    const { run, files } = cli();
    await run('plan', 'import', writeJsonFile(join(files, 'tet.lichtruc.json'), planFile()));
    expect((await run('plan', 'list')).stdout).toBe('tet-2026  Trực Tết 2026 (từ tệp)  13/02/2026 17:00 → 23/02/2026 07:30  (bản nháp)\n');
  });

  it('shows a plan file directly, without importing it', async () => {
    const { run, files } = cli();
    const file = writeJsonFile(join(files, 'tet.lichtruc.json'), planFile());
    const show = await run('plan', 'show', file);
    expect(show.stdout).toContain('Kế hoạch: Trực Tết 2026 (từ tệp)\nMã: tet-2026\nThời gian trực: 13/02/2026 17:00 → 23/02/2026 07:30 (giờ Việt Nam)');
    expect((await run('plan', 'list')).stdout).toBe('Chưa có kế hoạch nào.\n');
  });

  it('exports a stored plan to the file given with -o, which imports back the same', async () => {
    const { run, files } = cli();
    await run('plan', 'import', writeJsonFile(join(files, 'tet.lichtruc.json'), planFile()));
    const out = join(files, 'ra.lichtruc.json');

    const exported = await run('plan', 'export', 'tet-2026', '-o', out);

    expect(exported).toEqual({ code: 0, stdout: '', stderr: `Đã ghi ${out}\n` });
    expect(readJsonFile(out)).toEqual(Plan.parse(planFile()));
    const elsewhere = cli();
    expect((await elsewhere.run('plan', 'import', out)).code).toBe(0);
    expect(JSON.parse((await elsewhere.run('plan', 'show', 'tet-2026', '--json')).stdout)).toEqual(readJsonFile(out));
  });

  it('fails with one line on stderr for a plan file that does not exist', async () => {
    const { run, files } = cli();
    const missing = join(files, 'missing.lichtruc.json');
    const result = await run('plan', 'show', missing);
    expect(result).toEqual({ code: 1, stdout: '', stderr: oneLine });
    expect(result.stderr).toBe(`Lỗi: Không đọc được tệp ${missing}: không có tệp này.\n`);
  });

  it('fails with one line naming the wrong field of a bad plan file, and stores nothing', async () => {
    const { run, files, dataDir } = cli();
    const file = writeJsonFile(join(files, 'sai.lichtruc.json'), planFile({ window: { start: '2026-02-23T07:30', end: '2026-02-13T17:00' } }));

    const result = await run('plan', 'import', file);

    expect(result).toEqual({ code: 1, stdout: '', stderr: oneLine });
    expect(result.stderr).toMatch(/"window\.end"/);
    expect(existsSync(join(dataDir, 'plans'))).toBe(false);
  });

  it('writes to the store through the contract, validated as the app is: an over-long note is refused and nothing is published', async () => {
    const { run, files } = cli();
    await run('plan', 'import', writeJsonFile(join(files, 'tet.lichtruc.json'), planFile()));

    const refused = await run('publish', 'tet-2026', '--note', 'x'.repeat(501));

    expect(refused).toEqual({ code: 1, stdout: '', stderr: oneLine });
    expect(refused.stderr).toMatch(/^Lỗi: Dữ liệu không hợp lệ ở "note"/);
    expect(JSON.parse((await run('plan', 'show', 'tet-2026', '--json')).stdout)).toMatchObject({ status: 'draft', versions: [] });
  });

  it('fails with one line for an unknown plan id', async () => {
    expect(await cli().run('plan', 'show', 'khong-co')).toEqual({ code: 1, stdout: '', stderr: 'Lỗi: Không tìm thấy kế hoạch khong-co.\n' });
  });
});

describe('lich-truc', () => {
  it('refuses an unknown command with exit code 2', async () => {
    expect(await cli().run('roster')).toEqual({ code: 2, stdout: '', stderr: 'Lệnh không tồn tại: roster. Gõ lich-truc --help để xem các lệnh.\n' });
  });

  it('refuses an unknown option or sub-command with exit code 2', async () => {
    const { run } = cli();
    expect((await run('plan', 'list', '--xml')).code).toBe(2);
    expect((await run('plan', 'archive')).code).toBe(2);
    expect((await run('plan', 'show')).stderr).toMatch(/^Lỗi: Thiếu PLAN\./);
  });

  it('prints help listing the plan commands on --help, and exits 0', async () => {
    const result = await cli().run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Lịch Trực — dòng lệnh/);
    expect(result.stdout).toContain('lich-truc plan list [--json] | plan show PLAN [--json] | plan import FILE [--replace | --keep-both] | plan export PLAN [-o FILE]');
  });

  it('prints help but exits 2 when no command is given', async () => {
    const result = await cli().run();
    expect(result).toMatchObject({ code: 2, stdout: expect.stringContaining('Cách dùng: lich-truc') });
  });

  it.each([[['plan', 'list', '--data-dir']], [['--data-dir', '--json', 'plan', 'list']], [['--data-dir=', 'plan', 'list']]])(
    'refuses %j (no folder) instead of using the real data folder',
    async (argv) => {
      let stderr = '';
      const code = await runCli(argv, { out: () => {}, err: (t) => void (stderr += t) }, { env: { LICH_TRUC_DATA_DIR: join(tempDir(), 'never') } });
      expect(code).toBe(2);
      expect(stderr).toMatch(/--data-dir/);
    },
  );
});

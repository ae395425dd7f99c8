import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { planFile } from '../helpers/plans';
import { fakeClock, sequentialIds, tempDir, writeJsonFile } from '../helpers/services';

/** The lich-truc command over a temp data folder, with its output captured. */
async function run(dataDir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--data-dir', dataDir, ...argv], { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, { clock: fakeClock(), ids: sequentialIds() });
  return { code, stdout, stderr };
}

describe('the language lich-truc speaks its errors in', () => {
  it('is Vietnamese by default and English with --lang en, wherever the option stands', async () => {
    const dataDir = tempDir();
    expect(await run(dataDir, 'plan', 'show', 'khong-co')).toEqual({ code: 1, stdout: '', stderr: 'Lỗi: Không tìm thấy kế hoạch khong-co.\n' });
    expect(await run(dataDir, '--lang', 'en', 'plan', 'show', 'khong-co')).toEqual({ code: 1, stdout: '', stderr: 'Error: Plan khong-co was not found.\n' });
    expect(await run(dataDir, 'plan', 'show', 'khong-co', '--lang=en')).toMatchObject({ code: 1, stderr: 'Error: Plan khong-co was not found.\n' });
  });

  it("follows the language chosen in the app's Settings, which --lang overrides", async () => {
    const dataDir = tempDir();
    expect(await run(dataDir, 'plan', 'show', 'khong-co')).toMatchObject({ stderr: 'Lỗi: Không tìm thấy kế hoạch khong-co.\n' });
    writeJsonFile(join(dataDir, 'settings.json'), { schemaVersion: 1, language: 'en' });
    expect(await run(dataDir, 'plan', 'show', 'khong-co')).toMatchObject({ stderr: 'Error: Plan khong-co was not found.\n' });
    expect(await run(dataDir, '--lang', 'vi', 'plan', 'show', 'khong-co')).toMatchObject({ stderr: 'Lỗi: Không tìm thấy kế hoạch khong-co.\n' });
  });

  it("says its help and usage errors in Settings' language too, not only its refusals", async () => {
    const dataDir = tempDir();
    expect((await run(dataDir, '--help')).stdout).toContain('\nCách dùng: lich-truc');
    writeJsonFile(join(dataDir, 'settings.json'), { schemaVersion: 1, language: 'en' });
    expect((await run(dataDir, '--help')).stdout).toContain('\nUsage: lich-truc [--data-dir FOLDER]');
    expect(await run(dataDir, 'plan', 'show')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Error: PLAN is missing\.\nUsage: lich-truc plan list/) });
  });

  it('refuses a plan file in the language asked for, naming the field either way', async () => {
    const dataDir = tempDir();
    const file = writeJsonFile(join(tempDir(), 'hong.lichtruc.json'), { ...planFile(), name: '' });
    const vi = await run(dataDir, 'plan', 'import', file);
    const en = await run(dataDir, '--lang', 'en', 'plan', 'import', file);
    expect(vi).toMatchObject({ code: 1, stderr: `Lỗi: Tệp hong.lichtruc.json: trường "name" không hợp lệ — Thiếu tên kế hoạch\n` });
    expect(en).toMatchObject({ code: 1, stderr: `Error: The file hong.lichtruc.json: the field "name" is invalid — The plan has no name\n` });
  });

  it('says a validation refusal of the handler table in English, zod issue included', async () => {
    const dataDir = tempDir();
    const file = writeJsonFile(join(tempDir(), 'tet.lichtruc.json'), planFile());
    await run(dataDir, 'plan', 'import', file);
    const refused = await run(dataDir, '--lang', 'en', 'readiness', 'tet-2026', 'add', 'x'.repeat(300));
    expect(refused.stderr).toMatch(/^Error: Invalid data at "title": Longer than the \d+ characters allowed\n$/);
  });

  it('refuses a language it does not speak as a usage error, in Vietnamese then in English', async () => {
    const both = 'Lỗi: --lang là vi hoặc en, ví dụ --lang en\nError: --lang is vi or en, for example --lang en\n';
    expect(await run(tempDir(), '--lang', 'fr', 'plan', 'list')).toEqual({ code: 2, stdout: '', stderr: both });
    // Not even a later --lang en, nor Settings' English, chooses for it: the one asked for is unknown.
    const english = tempDir();
    writeJsonFile(join(english, 'settings.json'), { language: 'en' });
    expect(await run(english, '--lang=fr', 'lunar', '2026-02-17', '--lang', 'en')).toEqual({ code: 2, stdout: '', stderr: both });
  });

  it('says a --data-dir without a folder in the --lang given', async () => {
    expect(await run(tempDir(), '--lang', 'en', 'lunar', '2026-02-17', '--data-dir')).toEqual({ code: 2, stdout: '', stderr: 'Error: --data-dir needs a folder, for example --data-dir ./data\n' });
    expect(await run(tempDir(), 'lunar', '2026-02-17', '--data-dir')).toEqual({ code: 2, stdout: '', stderr: 'Lỗi: --data-dir cần một thư mục, ví dụ --data-dir ./du-lieu\n' });
  });
});

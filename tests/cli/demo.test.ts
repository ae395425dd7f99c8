import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { parsePlanDocument } from '../../shared/plan/migrations';
import { checkPlan } from '../../shared/roster/for-plan';
import { tempDir } from '../helpers/services';
import { DEFAULT_SKILLS } from '../../shared/staff/schema';

describe('lich-truc demo', () => {
  it('runs the whole pipeline: sample staff, Tết preset, generate, publish, every export', async () => {
    const out = tempDir();
    const dataDir = tempDir();
    let stdout = '';
    let stderr = '';
    const code = await runCli(['demo', '--out', out, '--year', '2026', '--data-dir', dataDir, '--json'], {
      out: (t) => void (stdout += t),
      err: (t) => void (stderr += t),
    });
    // Its sample unit, signer and contacts are filled in and confirmed: no checklist warning, exit 0.
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { files: string[]; failures: string[]; unfilled: number; dataDir: string };
    expect(summary).toMatchObject({ failures: [], unfilled: 0, dataDir });

    for (const name of ['ke-hoach.lichtruc.json', 'lich-truc.ics', 'lich-truc.pdf', 'lich-truc.html', 'thong-bao-lich-truc.docx', 'lich-truc.xlsx', 'lich-truc.csv']) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
    expect(readdirSync(join(out, 'ics-theo-nguoi'))).toHaveLength(30);

    // The plan file alone is enough: published, self-contained, and clean by the independent checker.
    const plan = parsePlanDocument(JSON.parse(readFileSync(join(out, 'ke-hoach.lichtruc.json'), 'utf8')));
    expect(plan.name).toBe('Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026');
    expect(plan.versions.map((v) => v.version)).toEqual([1]);
    expect(plan.staff).toHaveLength(30);
    expect(checkPlan(plan, DEFAULT_SKILLS)).toEqual([]);
    expect(readFileSync(join(out, 'lich-truc.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses a year it cannot compute', async () => {
    let err = '';
    const code = await runCli(['demo', '--out', tempDir(), '--year', '2200'], { out: () => {}, err: (t) => void (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/--year phải là năm từ 1900 đến 2100/);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import type { Plan } from '../../shared/plan/schema';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { fakeClock, sequentialIds, tempDir, writeJsonFile } from '../helpers/services';
import { tetPlan } from '../helpers/tet-plan';

/** The lich-truc command over a data folder, with its output captured. */
async function run(dataDir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--data-dir', dataDir, ...argv], { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, { clock: fakeClock(), ids: sequentialIds() });
  return { code, stdout, stderr };
}

/**
 * Vietnamese words left in an English text: letters only Vietnamese writes. The product's name, plan and
 * staff names, shift labels and seat names are the user's data and stay as typed.
 */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
function vietnameseIn(text: string, data: readonly string[] = []): string[] {
  // A seat's label is also written mid-sentence with a small first letter ("needs 1 lãnh đạo trực").
  const forms = data.flatMap((d) => [d, d.charAt(0).toLocaleLowerCase('vi') + d.slice(1)]);
  const words = forms.reduce((rest, d) => rest.split(d).join(' '), text.replaceAll('Lịch Trực', ''));
  return words.split('\n').filter((line) => VIETNAMESE.test(line));
}

/** What a plan names in its own words: its shifts' and seats' labels (data, Vietnamese in the official papers). */
const labelsOf = (plan: Plan) =>
  [...plan.pattern.shifts.map((s) => s.label), ...plan.seats.default.map((seat) => seat.label), ...plan.seats.overrides.flatMap((o) => o.seats.map((seat) => seat.label))].filter(Boolean);

/** A Tết plan file where one technician holds a leader's seat and works two shifts back to back. */
function badPlanFile(): { file: string; names: string[] } {
  const plan = tetPlan();
  const tech = SAMPLE_STAFF.find((m) => m.roles.includes('technician') && !m.roles.includes('leader'))!;
  const file = writeJsonFile(join(tempDir(), 'bad.lichtruc.json'), {
    ...plan,
    assignments: [
      { seatId: '2026-02-16/sang/lanh-dao', staffId: tech.id },
      { seatId: '2026-02-16/chieu/ky-thuat', staffId: tech.id },
    ],
  });
  return { file, names: [tech.fullName, plan.name, ...labelsOf(plan)] };
}

describe('lich-truc in English (--lang en)', () => {
  it('says its help in English, and in Vietnamese by default', async () => {
    const en = await run(tempDir(), '--lang', 'en', '--help');
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Lịch Trực — command line/);
    expect(en.stdout).toContain('lich-truc solar YEAR MONTH DAY [--leap] [-o FILE]');
    expect(en.stdout).toContain('PLAN is the path of a .lichtruc.json file');
    expect(vietnameseIn(en.stdout)).toEqual([]);
    const vi = await run(tempDir(), '--help');
    expect(vi.stdout).toContain('Cách dùng: lich-truc [--data-dir THƯ_MỤC]');
    expect(vi.stdout).toContain('lich-truc solar NĂM THÁNG NGÀY');
  });

  it('says a usage error and its usage line in English, exit 2', async () => {
    const missing = await run(tempDir(), '--lang', 'en', 'solar', '2026', '1');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^Error: DAY is missing\.\nUsage: lich-truc solar YEAR MONTH DAY/) });
    const unknown = await run(tempDir(), '--lang', 'en', 'staff', 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Error: Unknown subcommand: frobnicate\nUsage: lich-truc staff list/);
    expect(vietnameseIn(missing.stderr + unknown.stderr)).toEqual([]);
    expect(await run(tempDir(), '--lang', 'en', 'nope')).toMatchObject({ code: 2, stderr: 'No such command: nope. Type lich-truc --help to see the commands.\n' });
    expect((await run(tempDir(), 'solar', '2026', '1')).stderr).toMatch(/^Lỗi: Thiếu NGÀY\.\nCách dùng: /);
  });

  it("prints the checker's verdicts in English, codes unchanged; JSON keeps its Vietnamese message field for scripts", async () => {
    const { file, names } = badPlanFile();
    const en = await run(tempDir(), '--lang', 'en', 'check', file);
    expect(en.code).toBe(1);
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines.some((l) => l.startsWith('[ROLE_MISMATCH] ') && / is not a .+, so cannot hold /.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('[REST_TOO_SHORT] '))).toBe(true);
    expect(vietnameseIn(en.stdout, names)).toEqual([]);
    const vi = await run(tempDir(), 'check', file);
    expect(vi.stdout).toMatch(/\[ROLE_MISMATCH\] .* không phải lãnh đạo/);
    const asJson = JSON.parse((await run(tempDir(), '--lang', 'en', 'check', file, '--json')).stdout) as { message: string }[];
    expect(asJson.some((v) => /không phải lãnh đạo/.test(v.message))).toBe(true);
  });

  it('says what generate did and why a seat stayed empty in English', async () => {
    const oneLeader = SAMPLE_STAFF.filter((m) => !m.roles.includes('leader')).concat(SAMPLE_STAFF.find((m) => m.roles.includes('leader'))!);
    const plan = tetPlan({ staff: oneLeader });
    const input = writeJsonFile(join(tempDir(), 'one-leader.lichtruc.json'), plan);
    const out = join(tempDir(), 'filled.lichtruc.json');
    const en = await run(tempDir(), '--lang', 'en', 'generate', input, '-o', out);
    expect(en.code).toBe(3);
    expect(en.stderr).toMatch(/^Filled \d+\/\d+ duty seats in \d+ ms; balance score [\d.]+\/100\.\n- /);
    expect(vietnameseIn(en.stderr, [...labelsOf(plan), ...oneLeader.map((m) => m.fullName)])).toEqual([]);
  });

  it('lists, shows and imports plans and the staff list in English', async () => {
    const dataDir = tempDir();
    expect(await run(dataDir, '--lang', 'en', 'plan', 'list')).toMatchObject({ code: 0, stdout: 'No plans yet.\n' });
    expect((await run(dataDir, '--lang', 'en', 'staff', 'list')).stdout).toBe('The staff list is empty. Use "lich-truc staff import FILE --yes" to import.\n');
    const plan = tetPlan();
    const file = writeJsonFile(join(tempDir(), 'tet.lichtruc.json'), plan);
    const imported = await run(dataDir, '--lang', 'en', 'plan', 'import', file);
    expect(imported.stdout).toBe(`Imported plan "${plan.name}" (id ${plan.id}, draft).\n`);
    const shown = await run(dataDir, '--lang', 'en', 'plan', 'show', plan.id);
    expect(shown.stdout).toContain('Status: draft\n');
    expect(shown.stdout).toContain('(Vietnam time)');
    expect(vietnameseIn(shown.stdout, [plan.name])).toEqual([]);
    const again = await run(dataDir, '--lang', 'en', 'plan', 'import', file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Nothing imported: add --replace to replace it, or --keep-both');
    const listed = await run(dataDir, '--lang', 'en', 'plan', 'list');
    expect(listed.stdout).toContain('(draft)');
    expect((await run(dataDir, 'plan', 'list')).stdout).toContain('(bản nháp)');
  });

  it('names the days of the public holidays in English', async () => {
    const en = await run(tempDir(), '--lang', 'en', 'holidays', '2026');
    expect(en.stdout).toMatch(/^Public holidays of 2026 \(Labour Code 2019, Article 112\)/);
    expect(en.stdout).toMatch(/ {2}Off: \w+day \d\d\/\d\d\/2026 → \w+day \d\d\/\d\d\/2026 \(\d+ days\)/);
    expect((await run(tempDir(), 'holidays', '2026')).stdout).toMatch(/^Ngày lễ năm 2026/);
  });

  it('refuses an impossible date or year in English only, exit 1', async () => {
    const refusals = [
      [['lunar', '2026-02-30'], 'Error: Not a valid date: "2026-02-30" (expected YYYY-MM-DD)\n'],
      [['lunar', '2101-01-01'], 'Error: Year 2101 is outside the supported range 1900–2100\n'],
      [['lunar', '--from', '2026-03-01', '--to', '2026-02-01', '--csv'], 'Error: Start 2026-03-01 is after end 2026-02-01\n'],
      [['solar', '2025', '12', '30'], 'Error: Lunar month 12 of 2025 has 29 days, so day 30 does not exist\n'],
      [['solar', '2026', '6', '1', '--leap'], 'Error: Lunar year 2026 has no leap month 6 (it has none)\n'],
      [['holidays', '1899'], 'Error: Year 1899 is outside the supported range 1900–2100\n'],
    ] as const;
    for (const [argv, stderr] of refusals) expect(await run(tempDir(), '--lang', 'en', ...argv)).toEqual({ code: 1, stdout: '', stderr });
  });

  it('names the holidays and says their notes in English, Vietnamese by default', async () => {
    const joined = await run(tempDir(), '--lang', 'en', 'holidays', '2023');
    expect(joined.stdout).toContain("Hung Kings' Commemoration Day — official\n");
    expect(joined.stdout).toContain("  Note: Hung Kings' Day joined to the 30/4 and 1/5 days off\n");
    const proposed = await run(tempDir(), '--lang', 'en', 'holidays', '2027');
    expect(proposed.stdout).toContain('Lunar New Year (Tết) — proposed\n');
    expect(proposed.stdout).toContain("  Note: Proposed from the Labour Code 2019 — check against the Government's official announcement");
    // "Tết" is the holiday's own name, kept beside its English one.
    expect(vietnameseIn(joined.stdout + proposed.stdout, ['(Tết)'])).toEqual([]);
    const vi = await run(tempDir(), 'holidays', '2023');
    expect(vi.stdout).toContain('Giỗ Tổ Hùng Vương — chính thức\n');
    expect(vi.stdout).toContain('  Ghi chú: Nghỉ liền Giỗ Tổ Hùng Vương với 30/4 và 1/5\n');
    // Scripts read the JSON in Vietnamese whatever the CLI speaks.
    const json = JSON.parse((await run(tempDir(), '--lang', 'en', 'holidays', '2023', '--json')).stdout) as { name: string; note?: string }[];
    expect(json[2]).toMatchObject({ name: 'Giỗ Tổ Hùng Vương', note: 'Nghỉ liền Giỗ Tổ Hùng Vương với 30/4 và 1/5' });
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { Plan } from '../../shared/plan/schema';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { readJsonFile, tempDir, writeJsonFile } from '../helpers/services';
import { tetPlan } from '../helpers/tet-plan';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['--data-dir', tempDir(), ...argv], { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('lich-truc generate and check', () => {
  it('fills every seat of the sample Tết roster, and the checker then finds nothing', async () => {
    const dir = tempDir();
    const input = join(dir, 'tet.lichtruc.json');
    const output = join(dir, 'tet-filled.lichtruc.json');
    writeJsonFile(input, tetPlan());

    const generated = await cli('generate', input, '-o', output, '--seed', '7');
    expect(generated.code).toBe(0);
    expect(generated.err).toMatch(/Đã phân 90\/90 chỗ trực/);
    const filled = Plan.parse(readJsonFile(output));
    expect(filled.assignments).toHaveLength(90);
    expect(filled.seed).toBe(7);

    expect(await cli('check', output)).toMatchObject({ code: 0, out: 'Không có vi phạm nào.\n' });
    // The same seed gives the same roster.
    const again = join(dir, 'again.lichtruc.json');
    await cli('generate', input, '-o', again, '--seed', '7');
    expect(Plan.parse(readJsonFile(again)).assignments).toEqual(filled.assignments);
  });

  it('exits 3 and explains each seat it could not fill', async () => {
    const dir = tempDir();
    const input = join(dir, 'one-leader.lichtruc.json');
    const oneLeader = SAMPLE_STAFF.filter((m) => !m.roles.includes('leader')).concat(SAMPLE_STAFF.find((m) => m.roles.includes('leader'))!);
    writeJsonFile(input, tetPlan({ staff: oneLeader }));

    const result = await cli('generate', input, '--json');
    expect(result.code).toBe(3);
    const summary = JSON.parse(result.out) as { unfilled: { message: string; suggestion: string | null }[]; filled: number; seats: number };
    expect(summary.filled).toBeLessThan(summary.seats);
    expect(summary.unfilled.length).toBe(summary.seats - summary.filled);
    expect(summary.unfilled[0]?.message).toMatch(/cần 1 lãnh đạo trực/);
  });

  it('lists planted violations with their codes and exits 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.lichtruc.json');
    const plan = tetPlan();
    const tech = SAMPLE_STAFF.find((m) => m.roles.includes('technician') && !m.roles.includes('leader'))!;
    // A technician in the leader's seat, and the same person on two back-to-back shifts.
    writeJsonFile(file, {
      ...plan,
      assignments: [
        { seatId: '2026-02-16/sang/lanh-dao', staffId: tech.id },
        { seatId: '2026-02-16/chieu/ky-thuat', staffId: tech.id },
      ],
    });
    const result = await cli('check', file, '--json');
    expect(result.code).toBe(1);
    const codes = new Set((JSON.parse(result.out) as { code: string }[]).map((v) => v.code));
    expect([...codes]).toEqual(expect.arrayContaining(['ROLE_MISMATCH', 'REST_TOO_SHORT', 'SEAT_UNFILLED']));
  });

  it('refuses a seed that is not a whole number', async () => {
    const dir = tempDir();
    const input = join(dir, 'tet.lichtruc.json');
    writeJsonFile(input, tetPlan());
    expect(await cli('generate', input, '--seed', 'abc')).toMatchObject({ code: 2 });
  });
});

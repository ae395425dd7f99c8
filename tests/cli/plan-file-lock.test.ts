import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../shared/plan/schema';
import { cliProcess } from '../helpers/child';
import { readJsonFile, tempDir, writeJsonFile } from '../helpers/services';
import { tetPlan } from '../helpers/tet-plan';

const ROUNDS = 2;

describe('a plan file changed in place by two commands at once', () => {
  it(`keeps both changes: publish FILE and generate FILE -o FILE (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = tempDir();
      const file = join(dir, 'tet.lichtruc.json');
      writeJsonFile(file, tetPlan());
      const env = { LICH_TRUC_DATA_DIR: join(dir, 'data') };

      // The generation takes far longer than publishing: before, it wrote its stale copy last.
      const [generated, published] = await Promise.all([cliProcess(['generate', file, '-o', file, '--seed', String(round + 1)], env), cliProcess(['publish', file, '--note', `vòng ${round}`], env)]);

      expect([generated.code, published.code], generated.stderr + published.stderr).toEqual([0, 0]);
      const plan = Plan.parse(readJsonFile(file));
      expect(plan.versions.map((v) => v.note)).toEqual([`vòng ${round}`]);
      expect(plan.assignments).toHaveLength(90);
      expect(readdirSync(dir).filter((name) => name !== 'data')).toEqual(['tet.lichtruc.json']);
    }
  }, 120_000);
});

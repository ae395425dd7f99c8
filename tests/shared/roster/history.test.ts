import { describe, expect, it } from 'vitest';
import { planToProblem } from '../../../shared/plan/expand';
import { generateForPlan } from '../../../shared/roster/for-plan';
import { historyFromPublished } from '../../../shared/roster/history';
import { tetPlan } from '../../helpers/tet-plan';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';

describe('history carried over from earlier published plans', () => {
  const { plan: lastYear } = generateForPlan(tetPlan(), DEFAULT_SKILLS, { seed: 3, mode: 'regenerate' });
  const history = historyFromPublished([lastYear]);

  it('counts who held Giao thừa and Mùng 1 shifts and their load against the role average', () => {
    const problem = planToProblem(lastYear, DEFAULT_SKILLS);
    const giaoThuaSeats = problem.seats.filter((s) => problem.shifts.find((sh) => sh.id === s.shiftId)?.specialKinds.includes('giao-thua'));
    const holders = new Set(lastYear.assignments.filter((a) => giaoThuaSeats.some((s) => s.id === a.seatId)).map((a) => a.staffId));
    expect(holders.size).toBeGreaterThan(0);
    for (const staffId of holders) expect(history.find((h) => h.staffId === staffId)?.giaoThua).toBeGreaterThan(0);
    // Balances are relative to each role's average, so within a role they sum to about zero.
    const total = history.reduce((sum, h) => sum + h.loadBalance, 0);
    expect(Math.abs(total)).toBeLessThan(0.5);
  });

  it('steers this year’s Giao thừa away from last year’s holders', () => {
    // Over several years' seeds, count people who carry Giao thừa again, with and without history.
    const repeats = (withHistory: boolean) => {
      let count = 0;
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const { plan: before } = generateForPlan(tetPlan(), DEFAULT_SKILLS, { seed, mode: 'regenerate' });
        const past = historyFromPublished([before]);
        const heldBefore = new Set(past.filter((h) => h.giaoThua > 0).map((h) => h.staffId));
        const { plan: now } = generateForPlan(tetPlan(withHistory ? { history: past } : {}), DEFAULT_SKILLS, { seed: seed + 10, mode: 'regenerate' });
        const problem = planToProblem(now, DEFAULT_SKILLS);
        const giaoThua = new Set(problem.shifts.filter((s) => s.specialKinds.includes('giao-thua')).map((s) => s.id));
        count += now.assignments.filter((a) => giaoThua.has(a.seatId.split('/').slice(0, 2).join('/')) && heldBefore.has(a.staffId)).length;
      }
      return count;
    };
    const without = repeats(false);
    const withHistory = repeats(true);
    expect(without).toBeGreaterThan(0);
    expect(withHistory).toBeLessThan(without / 2);
  });
});

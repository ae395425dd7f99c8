import type { HistoryEntry, PlanCore } from '../plan/schema';
import { planToProblem } from '../plan/expand';
import { fairnessReport } from './fairness';
import { DEFAULT_SKILLS } from '../staff/schema';

/**
 * What people carried in earlier published plans, summed: Giao thừa and Mùng 1 shifts and the
 * weighted load above (+) or below (−) their role's average. The generator gives fewer of those to
 * whoever carried more; the balance travels inside the plan file and the user can reset it.
 */
export function historyFromPublished(published: PlanCore[]): HistoryEntry[] {
  const totals = new Map<string, HistoryEntry>();
  for (const plan of published) {
    // Only loads are read here, never a message: the seeded skill names do.
    const problem = planToProblem({ ...plan, versions: [] }, DEFAULT_SKILLS);
    for (const person of fairnessReport(problem, plan.assignments).people) {
      const entry = totals.get(person.staffId) ?? { staffId: person.staffId, giaoThua: 0, mung1: 0, loadBalance: 0 };
      const diffs = Object.values(person.diffFromRoleAverage);
      entry.giaoThua += person.giaoThua;
      entry.mung1 += person.mung1;
      // A person in two role groups is compared in each; their balance is the mean of the two.
      entry.loadBalance += diffs.length ? diffs.reduce((a, b) => a + b, 0) / diffs.length : 0;
      totals.set(person.staffId, entry);
    }
  }
  return [...totals.values()].map((e) => ({ ...e, loadBalance: Math.round(e.loadBalance * 100) / 100 })).sort((a, b) => a.staffId.localeCompare(b.staffId));
}

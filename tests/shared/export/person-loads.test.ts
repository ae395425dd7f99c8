import { describe, expect, it } from 'vitest';
import { personLoads } from '../../../shared/export/person-loads';
import { planToProblem } from '../../../shared/plan/expand';
import { fairnessReport } from '../../../shared/roster/fairness';
import { rosteredTetPlan } from './helpers';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';

describe('personLoads', () => {
  it('gives each person the availability and relative load the fairness panel shows', () => {
    const plan = rosteredTetPlan();
    const away = plan.participants[0]!.staffId;
    plan.participants[0] = { ...plan.participants[0]!, leave: [{ start: '2026-02-10T00:00', end: '2026-02-18T12:00', reason: 'Về quê' }] };
    const panel = new Map(fairnessReport(planToProblem(plan, DEFAULT_SKILLS), plan.assignments).people.map((p) => [p.staffId, p]));
    const loads = personLoads(plan);
    // Leave clipped to the window 13/02 17:00 → 23/02 07:30 (230.5 h): away 115 h of it.
    expect(loads.find((l) => l.person.id === away)!.availability).toBeCloseTo(1 - 115 / 230.5);
    for (const l of loads) {
      expect(l.availability).toBeCloseTo(panel.get(l.person.id)!.availability);
      expect(l.relativeLoad).toBeCloseTo(panel.get(l.person.id)!.relativeLoad);
    }
  });
});

import { msg, type Message } from '../../../../shared/i18n/message';
import { patternCoverage } from '../../../../shared/plan/coverage';
import { seatFeasibility } from '../../../../shared/plan/feasibility';
import { leaveOutsideWindow, leaveOverlaps } from '../../../../shared/plan/leave';
import type { Plan } from '../../../../shared/plan/schema';
import type { Skill } from '../../../../shared/staff/schema';

export interface SetupProblem {
  area: 'pattern' | 'seats' | 'leave';
  message: Message;
}

/**
 * Everything that would stop a roster from being built, found while the plan is being set up:
 * shifts that do not cover the day, seats the people taking part cannot fill, and leave that
 * overlaps or misses the duty window.
 */
export function setupProblems(plan: Plan, skills: readonly Skill[]): SetupProblem[] {
  const coverage = patternCoverage(plan.pattern).map((p) => ({ area: 'pattern' as const, message: p.message }));
  const seats = seatFeasibility(plan, skills);
  const names = new Map(plan.staff.map((s) => [s.id, s.fullName]));
  const leave = plan.participants.flatMap((p) =>
    [...leaveOverlaps(p), ...leaveOutsideWindow(p, plan.window)].map((problem) => ({
      area: 'leave' as const,
      message: msg('setup.problem.person', { name: names.get(p.staffId) ?? p.staffId, problem: problem.message }),
    })),
  );
  return [...coverage, ...seats.map((p) => ({ area: 'seats' as const, message: p.message })), ...leave];
}

import { useMemo } from 'react';
import { planToProblem } from '../../../../shared/plan/expand';
import type { Plan, SpecialDay } from '../../../../shared/plan/schema';
import { windowDays } from '../../../../shared/plan/window-days';
import type { Violation } from '../../../../shared/roster/check';
import type { Assignments } from '../../../../shared/roster/edit';
import { editChecker } from '../../../../shared/roster/edit-checker';
import { rosterGrid } from '../../../../shared/roster/grid';
import { rosterLookup } from '../../../../shared/roster/lookup';
import type { Skill, StaffMember } from '../../../../shared/staff/schema';

/** How many checked rosters to remember: the present one, the one an edit proposes, undo's neighbours. */
const CHECK_CACHE = 4;

/**
 * What the editor derives from a plan's structure (window, pattern, seats, people), once per
 * loaded plan rather than per edit. Assignments are left out of the problem: the editor's own
 * list is the truth, and locks live in it.
 */
export function useRosterModel(plan: Plan, skills: readonly Skill[]) {
  // Any settings save (opening a plan remembers it) hands a new list: rebuild only when the skills change.
  const skillsKey = JSON.stringify(skills);
  const sameSkills = useMemo(() => JSON.parse(skillsKey) as Skill[], [skillsKey]);
  return useMemo(() => {
    const problem = planToProblem({ ...plan, assignments: [] }, sameSkills);
    const grid = rosterGrid(
      problem,
      plan.pattern.shifts,
      windowDays(plan.window).map((d) => d.date),
    );
    const staffById = new Map<string, StaffMember>(plan.staff.map((m) => [m.id, m]));
    const specialDays = new Map<string, SpecialDay[]>();
    for (const day of plan.specialDays) specialDays.set(day.date, [...(specialDays.get(day.date) ?? []), day]);

    // Checking twice the same list (the edit's proposal, then the committed state) costs nothing;
    // any other is checked only where it differs from the one checked last (edit-checker.ts).
    const checked = new Map<Assignments, Violation[]>();
    const checkEdit = editChecker(problem);
    const check = (assignments: Assignments): Violation[] => {
      let violations = checked.get(assignments);
      if (!violations) {
        violations = checkEdit(assignments);
        if (checked.size >= CHECK_CACHE) checked.delete(checked.keys().next().value!);
        checked.set(assignments, violations);
      }
      return violations;
    };
    return { problem, lookup: rosterLookup(problem), grid, staffById, specialDays, check };
  }, [plan, sameSkills]);
}

export type RosterModel = ReturnType<typeof useRosterModel>;

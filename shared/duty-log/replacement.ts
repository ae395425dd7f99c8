import { planToProblem } from '../plan/expand';
import type { PlanCore } from '../plan/schema';
import { rosterCandidates, type SeatCandidate } from '../roster/candidates';
import type { Violation } from '../roster/check';
import type { Skill, StaffMember } from '../staff/schema';
import { actualAssignments, actualCore } from './actual-roster';
import type { DutyLog } from './schema';

/**
 * Who could take a seat of the actual roster, ranked as the roster editor's picker ranks them and
 * with the checker's own reasons (role, skill, leave, nights, overlap, rest, load caps) against
 * what people actually hold. `outsiders` are directory members outside the plan, checked as
 * participants without leave. `skills` (Settings' list) names the skills in the reasons.
 */
export function replacementCandidates(core: PlanCore, log: DutyLog, seatId: string, skills: readonly Skill[], outsiders: readonly StaffMember[] = []): SeatCandidate[] {
  const actual = actualCore(core, log);
  const extra = outsiders.filter((p) => !actual.staff.some((s) => s.id === p.id));
  const widened: PlanCore = {
    ...actual,
    staff: [...actual.staff, ...extra],
    participants: [...actual.participants, ...extra.map((p) => ({ staffId: p.id, leave: [], noNights: false, preferredDays: [], avoidedDays: [] }))],
  };
  return rosterCandidates(planToProblem({ ...widened, versions: [] }, skills), actualAssignments(core, log), seatId);
}

/** What the checker says about `person` holding the seat instead: warnings to confirm, empty when none. */
export function replacementFindings(core: PlanCore, log: DutyLog, seatId: string, person: StaffMember, skills: readonly Skill[]): Violation[] {
  return replacementCandidates(core, log, seatId, skills, [person]).find((c) => c.staffId === person.id)?.reasons ?? [];
}

import { emptyDutyLog } from '../../../shared/duty-log/checklist';
import type { EditContext } from '../../../shared/duty-log/edits';
import { loggedCore } from '../../../shared/duty-log/logged-plan';
import type { Leave, Plan, PlanCore } from '../../../shared/plan/schema';
import { tetRoster } from '../../helpers/reminders';

/** Tết 2026 published with TET_STAFF in rotation; `leave` puts people on leave in the published version. */
export function publishedTet(leave: Record<string, Leave[]> = {}): { plan: Plan; core: PlanCore } {
  const plan = tetRoster();
  const withLeave = (core: PlanCore): PlanCore => ({ ...core, participants: core.participants.map((p) => ({ ...p, leave: leave[p.staffId] ?? p.leave })) });
  const published = { ...plan, versions: plan.versions.map((v) => ({ ...v, plan: withLeave(v.plan) })) };
  return { plan: published, core: loggedCore(published) };
}

/** An edit context at a Vietnam wall-clock time, with numbered ids. */
export function editAt(core: PlanCore, local: string): EditContext {
  let n = 0;
  return { core, now: new Date(`${local}:00+07:00`).toISOString(), newId: () => `n-${local}-${++n}` };
}

export const iso = (local: string) => new Date(`${local}:00+07:00`).toISOString();

export const freshLog = (core: PlanCore) => emptyDutyLog(core.id, '2026-02-01T00:00:00.000Z');

/** Who the published roster has in a seat. */
export const plannedIn = (core: PlanCore, seatId: string) => core.assignments.find((a) => a.seatId === seatId)!.staffId;

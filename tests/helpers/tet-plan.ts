import { dutyWindowFor } from '../../shared/calendar/duty-window';
import { holidayOf } from '../../shared/calendar/holidays';
import { holidayPlanInput } from '../../shared/calendar/holiday-plan';
import { PLAN_SCHEMA_VERSION, Plan } from '../../shared/plan/schema';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import type { StaffMember } from '../../shared/staff/schema';

/** The sample directory's Tết Bính Ngọ 2026 plan, as a user would make it from the preset. */
export function tetPlan(staff: readonly StaffMember[] = SAMPLE_STAFF, overrides: Partial<Plan> = {}): Plan {
  const tet = holidayOf(2026, 'tet-nguyen-dan');
  const input = holidayPlanInput(tet, dutyWindowFor(tet));
  return Plan.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'tet-2026',
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    ...input,
    staff: [...staff],
    participants: staff.map((m) => ({ staffId: m.id })),
    ...overrides,
  });
}

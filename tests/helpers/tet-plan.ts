import type { Services } from '../../electron/services/app';
import type { CreatePlanInput } from '../../shared/api/plans';
import { dutyWindowFor } from '../../shared/calendar/duty-window';
import { holidayOf } from '../../shared/calendar/holidays';
import { holidayPlanInput } from '../../shared/calendar/holiday-plan';
import { PLAN_SCHEMA_VERSION, Plan, type PlanInput } from '../../shared/plan/schema';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import type { StaffMember } from '../../shared/staff/schema';

/** Tết Bính Ngọ 2026's duty window: Mùng 1 is 17/02, so Giao thừa is the night of 16/02; days off 14/02–22/02. */
export const TET_2026_WINDOW = { start: '2026-02-13T17:00', end: '2026-02-23T07:30' };

/** The least a plan needs, name and Tết 2026's window, as typed without picking the holiday (so no special days). */
export function planInput(overrides: Partial<CreatePlanInput> = {}): CreatePlanInput {
  return { name: 'Trực Tết Bính Ngọ 2026', window: TET_2026_WINDOW, ...overrides };
}

/** What "Tạo kế hoạch từ ngày lễ" creates for Tết 2026: its title, window and special days. */
export function tetPlanInput(): CreatePlanInput {
  const tet = holidayOf(2026, 'tet-nguyen-dan');
  return holidayPlanInput(tet, dutyWindowFor(tet));
}

export interface TetPlanOptions extends Partial<Omit<PlanInput, 'staff'>> {
  /** Who is in the plan's directory; everyone of them takes part unless `participants` says otherwise. */
  staff?: readonly StaffMember[];
}

/**
 * The Tết Bính Ngọ 2026 plan as a user makes it from the holiday (the sample directory, everyone
 * taking part, nothing assigned), with fixed id and dates; `options` replace any of its fields.
 */
export function tetPlan({ staff = SAMPLE_STAFF, ...overrides }: TetPlanOptions = {}): Plan {
  return Plan.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'tet-2026',
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    ...tetPlanInput(),
    staff: [...staff],
    participants: staff.map((m) => ({ staffId: m.id })),
    ...overrides,
  });
}

/** The same plan made through the services, as the plans screen makes it, after `staff` is written to the directory. */
export async function createTetPlan(services: Services, staff: readonly StaffMember[] = SAMPLE_STAFF): Promise<Plan> {
  await services.ctx.store.lock.run(() => services.directory.write([...staff]));
  return services.plans.create(tetPlanInput());
}

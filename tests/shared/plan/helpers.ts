import { Plan, type PlanInput } from '../../../shared/plan/schema';
import { SAMPLE_STAFF } from '../../../shared/staff/sample';

/** Tết Bính Ngọ 2026: Mùng 1 is 17/02, so Giao thừa is the night of 16/02; days off 14/02–22/02. */
export const TET_2026_WINDOW = { start: '2026-02-13T17:00', end: '2026-02-23T07:30' };

export function tetPlan(overrides: Partial<PlanInput> = {}): Plan {
  return Plan.parse({
    schemaVersion: 1,
    id: 'tet-2026',
    name: 'Trực Tết Bính Ngọ 2026',
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    window: TET_2026_WINDOW,
    holiday: {
      key: 'tet-nguyen-dan',
      year: 2026,
      name: 'Tết Nguyên đán',
      official: true,
      daysOff: { first: '2026-02-14', last: '2026-02-22' },
    },
    specialDays: [
      { date: '2026-02-16', kind: 'giao-thua', label: 'Giao thừa' },
      { date: '2026-02-17', kind: 'mung-1', label: 'Mùng 1 Tết' },
      { date: '2026-02-18', kind: 'mung-2', label: 'Mùng 2 Tết' },
    ],
    staff: SAMPLE_STAFF,
    participants: SAMPLE_STAFF.map((s) => ({ staffId: s.id })),
    ...overrides,
  });
}

/** Epoch milliseconds of a Vietnam wall-clock time (UTC+7, no daylight saving). */
export function vn(local: string): number {
  return Date.parse(`${local}:00+07:00`);
}

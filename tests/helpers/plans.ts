import { PLAN_SCHEMA_VERSION, type PlanInput } from '../../shared/plan/schema';
import type { StaffMember } from '../../shared/staff/schema';
import { TET_2026_WINDOW } from './tet-plan';

/** The smallest valid content of a `.lichtruc.json` file; the schema fills the rest with defaults. */
export function planFile(overrides: Record<string, unknown> = {}): PlanInput & Record<string, unknown> {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'tet-2026',
    name: 'Trực Tết 2026 (từ tệp)',
    createdAt: '2025-12-01T03:00:00.000Z',
    updatedAt: '2025-12-02T03:00:00.000Z',
    window: TET_2026_WINDOW,
    ...overrides,
  };
}

export function staffMember(id: string, overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    fullName: `Nguyễn Văn ${id}`,
    title: 'Chuyên viên',
    unit: 'Phòng Hạ tầng',
    phone: '0912000000',
    email: `${id}@example.vn`,
    roles: ['technician'],
    skills: [],
    active: true,
    notes: '',
    ...overrides,
  };
}

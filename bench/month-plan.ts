import type { ShiftTemplate } from '../shared/plan/pattern';
import type { StaffMember } from '../shared/staff/schema';
import { epochToVn } from '../shared/time/zone';
import { MONTH_SEATS, PATTERN_4X6, monthInstance } from './instances';

/** The stored plan of the month instance: its people as directory members and participants, its pattern and seats. */
export function monthPlanParts() {
  const month = monthInstance();
  const staff: StaffMember[] = month.people.map((p) => ({
    id: p.id,
    fullName: p.name,
    title: '',
    unit: '',
    phone: `09${p.id.slice(1).padStart(8, '0')}`,
    email: '',
    roles: p.roles,
    skills: p.skills,
    active: true,
    notes: '',
  }));
  const participants = month.people.map((p) => ({
    staffId: p.id,
    leave: p.leave.map((l) => ({ start: epochToVn(l.start), end: epochToVn(l.end), reason: l.reason })),
    noNights: p.noNights,
    preferredDays: [],
    avoidedDays: [],
  }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const shifts: ShiftTemplate[] = PATTERN_4X6.map((s) => ({ id: s.id, label: s.label, start: s.start, end: `${pad((Number(s.start.slice(0, 2)) + s.hours) % 24)}:${s.start.slice(3)}` }));
  return {
    staff,
    window: { start: epochToVn(month.windowStart), end: epochToVn(month.windowEnd) },
    changes: {
      participants,
      pattern: { presetId: null, shifts },
      seats: { default: MONTH_SEATS, overrides: [] },
      specialDays: [
        { date: '2026-04-30', kind: 'holiday' as const, label: 'Ngày Giải phóng miền Nam' },
        { date: '2026-05-01', kind: 'holiday' as const, label: 'Ngày Quốc tế Lao động' },
      ],
    },
  };
}

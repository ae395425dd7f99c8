import { expandSeats, expandShifts } from '../../../shared/plan/expand';
import type { Assignment, Plan, PlanCore } from '../../../shared/plan/schema';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';
import { tetPlan } from '../../helpers/tet-plan';

/**
 * Fills every seat by role, round-robin over the plan's staff: deterministic, and enough for
 * exports (the real generator is another module's).
 */
export function roundRobin(core: Pick<PlanCore, 'window' | 'pattern' | 'specialDays' | 'holiday' | 'weights' | 'seats' | 'staff'>): Assignment[] {
  const seats = expandSeats(core, expandShifts(core));
  const next = { leader: 0, technician: 0 };
  return seats.map((seat) => {
    const pool = core.staff.filter((s) => s.roles.includes(seat.role));
    const person = pool[next[seat.role]++ % pool.length]!;
    return { seatId: seat.id, staffId: person.id, locked: false };
  });
}

/** The sample Tết Bính Ngọ 2026 plan (30 staff) with every seat filled. */
export function rosteredTetPlan(overrides: Partial<Plan> = {}): Plan {
  const plan = tetPlan();
  return { ...plan, assignments: roundRobin(plan), ...overrides };
}

/** Freezes the plan as a new published version, as the app does. */
export { publishPlan as publish } from '../../../shared/plan/publish';

export function testSettings(): Settings {
  const settings = defaultSettings();
  return {
    ...settings,
    organisation: { unitEmail: 'ttcntt@binhson.gov.vn' },
    document: {
      ...settings.document,
      supervisingAgency: 'UBND TỈNH BÌNH SƠN',
      unitName: 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN',
      unitAbbreviation: 'TTCNTT',
      number: '15',
      place: 'Bình Sơn',
      signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      signerName: 'Lê Thị Thu Hà',
      recipients: ['Sở Khoa học và Công nghệ (để b/c)', 'Ban Giám đốc', 'Các phòng chuyên môn'],
    },
  };
}

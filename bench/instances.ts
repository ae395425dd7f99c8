/**
 * Reproducible roster problems for the benchmark and the tests, built straight as RosterProblem
 * objects (epoch times, weights already multiplied) so they do not depend on plan expansion.
 */
import type { Rules, SpecialDayKind } from '../shared/plan/schema';
import type { SeatKind } from '../shared/plan/pattern';
import type { RosterPerson, RosterProblem, RosterSeat, RosterShift } from '../shared/roster/problem';
import { nightWeightFactor, nightsOverlapped } from '../shared/plan/night-work';
import { wallMinutes } from '../shared/plan/wall-clock';
import { type Random, seededRandom } from '../shared/roster/random';
import { addDays } from '../shared/time/local';
import { epochToVn, vnToEpoch } from '../shared/time/zone';
import { DEFAULT_SKILLS, type StaffRole } from '../shared/staff/schema';

export interface ShiftSpec {
  id: string;
  label: string;
  start: string;
  hours: number;
}

export interface SeatSpec {
  id: string;
  role: StaffRole;
  skill: string | null;
  kind: SeatKind;
  label: string;
}

export interface InstanceSpec {
  name: string;
  seed: number;
  firstDate: string;
  days: number;
  pattern: ShiftSpec[];
  seats: SeatSpec[];
  leaders: number;
  technicians: number;
  /** Leaders who are also technicians (counted among the leaders). */
  dualRole?: number;
  /** Share of technicians with each skill. */
  skillShare?: Record<string, number>;
  /** Share of people with one leave of 2–4 days inside the window. */
  onLeave?: number;
  noNights?: number;
  specialDays?: Record<string, SpecialDayKind[]>;
  rules?: Partial<Rules>;
}

export const PATTERN_3X8: ShiftSpec[] = [
  { id: 'sang', label: 'Ca sáng', start: '06:00', hours: 8 },
  { id: 'chieu', label: 'Ca chiều', start: '14:00', hours: 8 },
  { id: 'dem', label: 'Ca đêm', start: '22:00', hours: 8 },
];

export const PATTERN_4X6: ShiftSpec[] = [
  { id: 'khuya', label: 'Ca khuya', start: '00:00', hours: 6 },
  { id: 'sang', label: 'Ca sáng', start: '06:00', hours: 6 },
  { id: 'chieu', label: 'Ca chiều', start: '12:00', hours: 6 },
  { id: 'toi', label: 'Ca tối', start: '18:00', hours: 6 },
];

/** Four 6 h shifts from 02:00: the 02:00 shift belongs to the night that began the evening before. */
export const PATTERN_4X6_FROM_2: ShiftSpec[] = [
  { id: 'rang-sang', label: 'Ca rạng sáng', start: '02:00', hours: 6 },
  { id: 'sang', label: 'Ca sáng', start: '08:00', hours: 6 },
  { id: 'chieu', label: 'Ca chiều', start: '14:00', hours: 6 },
  { id: 'toi', label: 'Ca tối', start: '20:00', hours: 6 },
];

export const PATTERN_2X12: ShiftSpec[] = [
  { id: 'ngay', label: 'Ca ngày', start: '07:30', hours: 12 },
  { id: 'dem', label: 'Ca đêm', start: '19:30', hours: 12 },
];

export const PATTERN_24H: ShiftSpec[] = [{ id: 'ngay-dem', label: 'Ca 24 giờ', start: '07:30', hours: 24 }];

export const TET_SEATS: SeatSpec[] = [
  { id: 'lanh-dao', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo trực' },
  { id: 'ky-thuat-attt', role: 'technician', skill: 'security', kind: 'onsite', label: 'Cán bộ kỹ thuật ATTT' },
  { id: 'ky-thuat', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' },
];

export const DEFAULT_RULES: Rules = {
  minRestHours: 12,
  restAfter24hHours: 24,
  maxShiftsPerPerson: null,
  maxHoursPerPerson: null,
  maxConsecutiveNights: 2,
};

/** The bench's weights: night 1.5 for a whole night (night-work.ts), holiday 1.5, Giao thừa/Mùng 1 2.0 (once), standby seats × 0.5. */
export function shiftWeight(minutesAtNight: number, kinds: SpecialDayKind[]): number {
  const holiday = kinds.length > 0 ? 1.5 : 1;
  const eve = kinds.includes('giao-thua') || kinds.includes('mung-1') ? 2 : 1;
  return nightWeightFactor(minutesAtNight, 1.5) * holiday * eve;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Thu', 'Hữu', 'Ngọc', 'Quang'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hòa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn'];

const pick = <T>(items: readonly T[], rng: Random): T => items[rng.int(items.length)]!;

function buildShifts(spec: InstanceSpec): RosterShift[] {
  const shifts: RosterShift[] = [];
  for (let d = 0; d < spec.days; d++) {
    const date = addDays(spec.firstDate, d);
    for (const t of spec.pattern) {
      const start = vnToEpoch(`${date}T${t.start}`);
      const end = start + t.hours * 3_600_000;
      const touched = [date, epochToVn(end - 1).slice(0, 10)];
      const kinds = [...new Set(touched.flatMap((day) => spec.specialDays?.[day] ?? []))];
      const wallStart = wallMinutes(`${date}T${t.start}`);
      const nights = nightsOverlapped(wallStart, wallStart + t.hours * 60);
      const minutesAtNight = nights.reduce((sum, n) => sum + n.minutes, 0);
      shifts.push({
        id: `${date}/${t.id}`,
        date,
        templateId: t.id,
        label: t.label,
        start,
        end,
        night: nights.length > 0,
        nightDates: nights.map((n) => n.date),
        nightMinutes: minutesAtNight,
        specialKinds: kinds,
        weight: shiftWeight(minutesAtNight, kinds),
      });
    }
  }
  return shifts;
}

export function buildInstance(spec: InstanceSpec): RosterProblem {
  const rng = seededRandom(spec.seed);
  const shifts = buildShifts(spec);
  const seats: RosterSeat[] = shifts.flatMap((shift) =>
    spec.seats.map((t) => ({
      id: `${shift.id}/${t.id}`,
      shiftId: shift.id,
      templateId: t.id,
      label: t.label,
      role: t.role,
      skill: t.skill,
      skillName: t.skill === null ? null : (DEFAULT_SKILLS.find((s) => s.id === t.skill)?.label ?? null),
      kind: t.kind,
      weight: shift.weight * (t.kind === 'standby' ? 0.5 : 1),
    })),
  );
  const windowStart = shifts[0]!.start;
  const windowEnd = Math.max(...shifts.map((s) => s.end));
  const dates = shifts.map((s) => s.date).filter((d, i, all) => all.indexOf(d) === i);
  const total = spec.leaders + spec.technicians;

  const people: RosterPerson[] = Array.from({ length: total }, (_, i) => {
    const leader = i < spec.leaders;
    const roles: StaffRole[] = leader ? (i < (spec.dualRole ?? 0) ? ['leader', 'technician'] : ['leader']) : ['technician'];
    const skills = Object.entries(spec.skillShare ?? {}).flatMap(([skill, share]) => (roles.includes('technician') && rng.next() < share ? [skill] : []));
    const leaveStart = windowStart + rng.int(Math.max(1, spec.days - 1)) * 86_400_000;
    const leave = rng.next() < (spec.onLeave ?? 0) ? [{ start: leaveStart, end: leaveStart + (2 + rng.int(3)) * 86_400_000, reason: 'Nghỉ phép' }] : [];
    const past = rng.next() < 0.3;
    return {
      id: `p${String(i + 1).padStart(3, '0')}`,
      name: `${pick(FAMILY, rng)} ${pick(MIDDLE, rng)} ${pick(GIVEN, rng)}`,
      roles,
      skills,
      leave,
      noNights: rng.next() < (spec.noNights ?? 0),
      preferredDays: rng.next() < 0.2 ? [pick(dates, rng)] : [],
      avoidedDays: rng.next() < 0.2 ? [pick(dates, rng)] : [],
      history: past ? { staffId: `p${String(i + 1).padStart(3, '0')}`, giaoThua: rng.int(2), mung1: rng.int(2), loadBalance: Math.round((rng.next() * 4 - 2) * 10) / 10 } : null,
    };
  });
  return { windowStart, windowEnd, shifts, seats, people, rules: { ...DEFAULT_RULES, ...spec.rules }, assignments: [] };
}

/** Tết Bính Ngọ 2026: 9 days from 14/02 (Giao thừa 16/02, Mùng 1 17/02), all official holidays. */
export function tetInstance(seed = 1): RosterProblem {
  const specialDays: Record<string, SpecialDayKind[]> = {};
  for (let d = 0; d < 9; d++) specialDays[addDays('2026-02-14', d)] = ['holiday'];
  specialDays['2026-02-16'] = ['holiday', 'giao-thua'];
  specialDays['2026-02-17'] = ['holiday', 'mung-1'];
  return buildInstance({
    name: 'tet',
    seed,
    firstDate: '2026-02-14',
    days: 9,
    pattern: PATTERN_3X8,
    seats: TET_SEATS,
    leaders: 6,
    technicians: 24,
    dualRole: 1,
    skillShare: { security: 0.4, network: 0.5, servers: 0.5, applications: 0.4 },
    onLeave: 0.1,
    noNights: 0.1,
    specialDays,
  });
}

/**
 * Tết with too few leaders for a leader on every shift (two, one of them away part of the time):
 * over-constrained, so the question is how few seats can stay empty, which HiGHS proves.
 */
export function tetShortInstance(seed = 1): RosterProblem {
  const tet = tetInstance(seed);
  const leaders = tet.people.filter((p) => p.roles.includes('leader'));
  const dropped = new Set(leaders.slice(2).map((p) => p.id));
  return { ...tet, people: tet.people.filter((p) => !dropped.has(p.id)) };
}

/** Small instances (≤ 12 people, ≤ 5 days) an exact solver can often settle. */
export function smallInstance(seed: number): RosterProblem {
  const rng = seededRandom(seed * 7919);
  const twelveHours = rng.next() < 0.5;
  return buildInstance({
    name: `small-${seed}`,
    seed,
    firstDate: '2026-04-28',
    days: 3 + rng.int(3),
    pattern: twelveHours ? PATTERN_2X12 : PATTERN_3X8,
    seats: TET_SEATS.slice(0, 2 + rng.int(2)),
    leaders: 4 + rng.int(2),
    technicians: 7,
    skillShare: { security: 0.75 },
    onLeave: 0.1,
    noNights: 0.1,
    specialDays: { '2026-04-30': ['holiday'], '2026-05-01': ['holiday'] },
  });
}

/** The month instance's eight seats; the editor bench builds a stored plan with them. */
export const MONTH_SEATS: SeatSpec[] = [
  { id: 'lanh-dao', role: 'leader', skill: null, kind: 'onsite', label: 'Lãnh đạo trực' },
  { id: 'lanh-dao-du-bi', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo dự bị' },
  { id: 'attt', role: 'technician', skill: 'security', kind: 'onsite', label: 'Kỹ thuật ATTT' },
  { id: 'mang', role: 'technician', skill: 'network', kind: 'onsite', label: 'Kỹ thuật mạng' },
  { id: 'may-chu', role: 'technician', skill: 'servers', kind: 'onsite', label: 'Kỹ thuật máy chủ' },
  { id: 'ung-dung', role: 'technician', skill: 'applications', kind: 'standby', label: 'Kỹ thuật ứng dụng' },
  { id: 'ky-thuat-1', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' },
  { id: 'ky-thuat-2', role: 'technician', skill: null, kind: 'standby', label: 'Cán bộ kỹ thuật dự bị' },
];

/** A month of 4 × 6 h shifts with 8 seats and 300 people: the size the product must still handle. */
export function monthInstance(seed = 1): RosterProblem {
  return buildInstance({
    name: 'month',
    seed,
    firstDate: '2026-04-01',
    days: 31,
    pattern: PATTERN_4X6,
    seats: MONTH_SEATS,
    leaders: 40,
    technicians: 260,
    dualRole: 5,
    skillShare: { security: 0.3, network: 0.4, servers: 0.4, applications: 0.3 },
    onLeave: 0.1,
    noNights: 0.1,
    specialDays: { '2026-04-30': ['holiday'], '2026-05-01': ['holiday'] },
  });
}

/** Ten seats a shift for a province or a telecom: two leaders, eight technicians. */
export const SCALE_SEATS: SeatSpec[] = [
  ...MONTH_SEATS,
  { id: 'lanh-dao-2', role: 'leader', skill: null, kind: 'onsite', label: 'Lãnh đạo trực 2' },
  { id: 'ky-thuat-3', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật 3' },
];

/** Thousands of staff, 4 × 6 h shifts, 10 seats: the scale the generator must keep fast. */
export function scaleInstance(people: number, days: number, seed = 1): RosterProblem {
  const leaders = Math.round(people * 0.15);
  return buildInstance({
    name: `scale-${people}x${days}`,
    seed,
    firstDate: '2026-04-01',
    days,
    pattern: PATTERN_4X6,
    seats: SCALE_SEATS,
    leaders,
    technicians: people - leaders,
    dualRole: Math.round(leaders / 8),
    skillShare: { security: 0.3, network: 0.4, servers: 0.4, applications: 0.3 },
    onLeave: 0.1,
    noNights: 0.1,
    specialDays: { '2026-04-30': ['holiday'], '2026-05-01': ['holiday'] },
  });
}

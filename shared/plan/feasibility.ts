import type { RosterPerson, RosterShift } from '../roster/problem';
import { DEFAULT_SKILLS, type Skill, type StaffRole } from '../staff/schema';
import type { Plan } from './schema';
import type { SeatCondition, SeatTemplate } from './pattern';
import { epochToVn } from '../time/zone';
import { expandShifts, rosterPeople, seatsForShift } from './expand';
import { formatShortDateTime, wallMinutes } from './wall-clock';

export interface FeasibilityProblem {
  kind: 'role-shortage' | 'skill-missing' | 'seats-unfillable' | 'no-night-staff' | 'shift-unfillable';
  message: string;
  shiftId?: string;
  seatTemplateId?: string;
}

const ROLE_NEED: Record<StaffRole, string> = { leader: 'lãnh đạo trực', technician: 'cán bộ kỹ thuật' };
const ROLE_HAVE: Record<StaffRole, string> = { leader: 'lãnh đạo', technician: 'cán bộ kỹ thuật' };
const SCOPE: Record<SeatCondition, string> = {
  night: 'Mỗi ca đêm',
  day: 'Mỗi ca ngày',
  holiday: 'Mỗi ca ngày nghỉ lễ',
  'giao-thua': 'Ca Giao thừa',
  'mung-1': 'Mỗi ca Mùng 1',
};

const fits = (person: RosterPerson, seat: SeatTemplate) => person.roles.includes(seat.role) && (seat.skill === null || person.skills.includes(seat.skill));

/** How many seats can be filled at once by different people (augmenting paths; seats and people are few). */
function maxMatching(seats: readonly SeatTemplate[], candidates: (seat: SeatTemplate) => readonly RosterPerson[]): number {
  const holder = new Map<string, number>();
  const place = (seatIndex: number, tried: Set<string>): boolean =>
    candidates(seats[seatIndex]!).some((person) => {
      if (tried.has(person.id)) return false;
      tried.add(person.id);
      const current = holder.get(person.id);
      if (current !== undefined && !place(current, tried)) return false;
      holder.set(person.id, seatIndex);
      return true;
    });
  return seats.filter((_, i) => place(i, new Set())).length;
}

/** Problems that hold for every shift using this set of seats, whoever is on leave. */
function seatSetProblems(scope: string, seats: readonly SeatTemplate[], shifts: readonly RosterShift[], people: readonly RosterPerson[], skills: readonly Skill[]): FeasibilityProblem[] {
  const problems: FeasibilityProblem[] = [];
  for (const role of ['leader', 'technician'] as const) {
    const need = seats.filter((s) => s.role === role).length;
    const have = people.filter((p) => p.roles.includes(role)).length;
    if (need > have) {
      const had = have === 0 ? `kế hoạch không có ${ROLE_HAVE[role]} nào` : `kế hoạch chỉ có ${have} ${ROLE_HAVE[role]}`;
      problems.push({ kind: 'role-shortage', message: `${scope} cần ${need} ${ROLE_NEED[role]} nhưng ${had}` });
    }
  }
  for (const seat of seats) {
    if (seat.skill === null || people.some((p) => fits(p, seat))) continue;
    const skill = skills.find((s) => s.id === seat.skill)?.label ?? seat.skill;
    problems.push({
      kind: 'skill-missing',
      seatTemplateId: seat.id,
      message: `Vị trí "${seat.label || seat.id}" cần kỹ năng ${skill} nhưng không ${ROLE_HAVE[seat.role]} nào tham gia có kỹ năng này`,
    });
  }
  if (problems.length === 0 && maxMatching(seats, (seat) => people.filter((p) => fits(p, seat))) < seats.length) {
    problems.push({ kind: 'seats-unfillable', message: `${scope} cần ${seats.length} người khác nhau cho ${seats.length} vị trí nhưng không đủ người phù hợp` });
  }
  if (shifts.some((s) => s.night)) {
    for (const seat of seats) {
      const able = people.filter((p) => fits(p, seat));
      if (able.length > 0 && able.every((p) => p.noNights)) {
        problems.push({
          kind: 'no-night-staff',
          seatTemplateId: seat.id,
          message: `Mọi ${ROLE_HAVE[seat.role]} có thể nhận vị trí "${seat.label || seat.id}" đều không trực đêm; không ai lấp được vị trí này ở ca đêm`,
        });
      }
    }
  }
  return problems;
}

const onLeave = (person: RosterPerson, shift: RosterShift) => person.leave.some((l) => l.start < shift.end && shift.start < l.end);

function shiftName(shift: RosterShift): string {
  return `${shift.label} ${formatShortDateTime(wallMinutes(epochToVn(shift.start)))}–${epochToVn(shift.end).slice(11)}`;
}

/** Who is away or cannot do nights can leave a single shift short even when the seat set is sound. */
function shiftProblems(shift: RosterShift, seats: readonly SeatTemplate[], people: readonly RosterPerson[]): FeasibilityProblem[] {
  const available = (p: RosterPerson) => !onLeave(p, shift) && !(shift.night && p.noNights);
  const filled = maxMatching(seats, (seat) => people.filter((p) => fits(p, seat) && available(p)));
  if (filled === seats.length) return [];
  const empty = seats.find((seat) => !people.some((p) => fits(p, seat) && available(p)));
  if (!empty) {
    return [{ kind: 'shift-unfillable', shiftId: shift.id, message: `${shiftName(shift)}: chỉ lấp được ${filled}/${seats.length} vị trí vì nhiều người nghỉ hoặc không trực đêm` }];
  }
  const able = people.filter((p) => fits(p, empty));
  const away = able.filter((p) => onLeave(p, shift)).map((p) => p.name);
  const noNights = able.filter((p) => !onLeave(p, shift) && shift.night && p.noNights).map((p) => p.name);
  const reasons = [away.length ? `nghỉ: ${away.join(', ')}` : '', noNights.length ? `không trực đêm: ${noNights.join(', ')}` : ''].filter(Boolean);
  return [
    {
      kind: 'shift-unfillable',
      shiftId: shift.id,
      seatTemplateId: empty.id,
      message: `${shiftName(shift)}: không ai nhận được vị trí "${empty.label || empty.id}" (${reasons.join('; ')})`,
    },
  ];
}

/**
 * What makes the plan impossible to roster, found before generation: seat requirements the people
 * taking part cannot meet, then single shifts left short by leave and "no nights".
 */
export function seatFeasibility(plan: Plan, skills: readonly Skill[] = DEFAULT_SKILLS): FeasibilityProblem[] {
  const people = rosterPeople(plan);
  const bySeatSet = new Map<SeatTemplate[], RosterShift[]>();
  for (const shift of expandShifts(plan)) {
    const seats = seatsForShift(plan.seats, shift);
    bySeatSet.set(seats, [...(bySeatSet.get(seats) ?? []), shift]);
  }
  const problems: FeasibilityProblem[] = [];
  for (const [seats, shifts] of bySeatSet) {
    const override = plan.seats.overrides.find((o) => o.seats === seats);
    const setProblems = seatSetProblems(override ? SCOPE[override.when] : 'Mỗi ca', seats, shifts, people, skills);
    const known = new Set(problems.map((p) => p.message));
    problems.push(...setProblems.filter((p) => !known.has(p.message)));
    if (setProblems.length === 0) problems.push(...shifts.flatMap((shift) => shiftProblems(shift, seats, people)));
  }
  return problems;
}

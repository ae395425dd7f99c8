import type { RosterPerson, RosterProblem, RosterSeat, RosterShift } from '../roster/problem';
import type { SpecialDayKind, Plan } from './schema';
import type { SeatCondition, SeatPlan, SeatTemplate } from './pattern';
import { DEFAULT_SKILLS, type Skill } from '../staff/schema';
import { vnToEpoch } from '../time/zone';
import { nightWeightFactor, nightsOverlapped } from './night-work';
import { MINUTES_PER_DAY, fromWallMinutes, minutesOfDay, overlap, wallMinutes, wallToEpoch } from './wall-clock';

/** The evening of 30 Tết: the family meal and the stroke of midnight. */
const GIAO_THUA_EVENING_START = 18 * 60;

/** A shift of the pattern placed on a date, in wall-clock minutes, already clipped to the duty window. */
interface PlacedShift {
  date: string;
  templateId: string;
  label: string;
  start: number;
  end: number;
}

/**
 * The day's pattern repeated over the duty window: each shift template starts at its time on every
 * date, ends the next day when its end is not after its start (a 24 h shift 07:30–07:30 included),
 * and the first and last shifts are clipped to the window.
 */
function placeShifts(plan: Pick<Plan, 'window' | 'pattern'>): PlacedShift[] {
  const windowStart = wallMinutes(plan.window.start);
  const windowEnd = wallMinutes(plan.window.end);
  const placed: PlacedShift[] = [];
  // From the day before: the window may open inside a shift that started the previous evening.
  for (let day = Math.floor(windowStart / MINUTES_PER_DAY) - 1; day * MINUTES_PER_DAY < windowEnd; day++) {
    const midnight = day * MINUTES_PER_DAY;
    for (const template of plan.pattern.shifts) {
      const start = midnight + minutesOfDay(template.start);
      let end = midnight + minutesOfDay(template.end);
      if (end <= start) end += MINUTES_PER_DAY;
      const clippedStart = Math.max(start, windowStart);
      const clippedEnd = Math.min(end, windowEnd);
      if (clippedStart >= clippedEnd) continue;
      const label = template.label || template.id;
      placed.push({ date: fromWallMinutes(midnight).slice(0, 10), templateId: template.id, label, start: clippedStart, end: clippedEnd });
    }
  }
  return placed.sort((a, b) => a.start - b.start);
}

/** Any overlap with the VN calendar day (or days) counts. */
function touchesDays(shift: PlacedShift, first: string, last: string = first): boolean {
  return overlap(shift.start, shift.end, wallMinutes(first), wallMinutes(last) + MINUTES_PER_DAY) > 0;
}

/**
 * Giao thừa is the evening of its date into Mùng 1. A shift counts as the Giao thừa shift when it is
 * on duty at the stroke of midnight, or for at least half of the evening from 18:00 (the family
 * meal): with 3 × 8 that is both the 14:00–22:00 and the 22:00–06:00 shift; with 2 × 12 only the
 * night shift, not the day shift that ends at 19:30.
 */
function isGiaoThua(shift: PlacedShift, date: string): boolean {
  const midnight = wallMinutes(date) + MINUTES_PER_DAY;
  const evening = overlap(shift.start, shift.end, midnight - MINUTES_PER_DAY + GIAO_THUA_EVENING_START, midnight);
  return (shift.start < midnight && shift.end > midnight) || evening * 2 >= MINUTES_PER_DAY - GIAO_THUA_EVENING_START;
}

/**
 * Special days a shift touches. A shift inside the official days off (or on a holiday special day)
 * gets 'holiday'. The Giao thừa night also reaches into Mùng 1 but is counted once, as Giao thừa,
 * so that people are not charged twice for one night.
 */
function specialKindsOf(plan: Pick<Plan, 'specialDays' | 'holiday'>, shift: PlacedShift): SpecialDayKind[] {
  const kinds = new Set<SpecialDayKind>();
  if (plan.holiday && touchesDays(shift, plan.holiday.daysOff.first, plan.holiday.daysOff.last)) kinds.add('holiday');
  for (const day of plan.specialDays) {
    if (day.kind === 'giao-thua' ? isGiaoThua(shift, day.date) : touchesDays(shift, day.date)) kinds.add(day.kind);
    if ((day.kind === 'holiday' || day.kind === 'gio-to') && touchesDays(shift, day.date)) kinds.add('holiday');
  }
  if (kinds.has('giao-thua')) kinds.delete('mung-1');
  return [...kinds];
}

/**
 * Weights multiply: night × the day's weight. Giao thừa and Mùng 1 are the holiday's peak days, so
 * their weight replaces the ordinary holiday weight instead of stacking on it: a Giao thừa night is
 * 1.5 × 2.0, as the fairness rules state. The night part follows the shift's night minutes
 * (`nightWeightFactor`), so 24 h and clipped shifts are weighed by the night work they contain.
 */
function weightOf(plan: Pick<Plan, 'weights'>, minutesAtNight: number, kinds: readonly SpecialDayKind[]): number {
  const w = plan.weights;
  const day = kinds.includes('giao-thua') ? w.giaoThua : kinds.includes('mung-1') ? w.mung1 : kinds.includes('holiday') ? w.holiday : 1;
  return day * nightWeightFactor(minutesAtNight, w.night);
}

export function expandShifts(plan: Pick<Plan, 'window' | 'pattern' | 'specialDays' | 'holiday' | 'weights'>): RosterShift[] {
  return placeShifts(plan).map((placed) => {
    // Night-ness is decided here, once: everything downstream reads these fields, not the clock.
    const nights = nightsOverlapped(placed.start, placed.end);
    const minutesAtNight = nights.reduce((sum, n) => sum + n.minutes, 0);
    const specialKinds = specialKindsOf(plan, placed);
    return {
      id: `${placed.date}/${placed.templateId}`,
      date: placed.date,
      templateId: placed.templateId,
      label: placed.label,
      start: wallToEpoch(placed.start),
      end: wallToEpoch(placed.end),
      night: nights.length > 0,
      nightDates: nights.map((n) => n.date),
      nightMinutes: minutesAtNight,
      specialKinds,
      weight: weightOf(plan, minutesAtNight, specialKinds),
    };
  });
}

function shiftMeets(shift: Pick<RosterShift, 'night' | 'specialKinds'>, when: SeatCondition): boolean {
  switch (when) {
    case 'night':
      return shift.night;
    case 'day':
      return !shift.night;
    default:
      return shift.specialKinds.includes(when);
  }
}

/** The seats of one shift: the defaults, or the last override whose condition the shift meets. */
export function seatsForShift(seats: SeatPlan, shift: Pick<RosterShift, 'night' | 'specialKinds'>): SeatTemplate[] {
  return seats.overrides.findLast((o) => shiftMeets(shift, o.when))?.seats ?? seats.default;
}

/**
 * The seats of every shift. `skills` is Settings' list, which names the skill a seat needs: callers
 * that only count or place seats may leave the seeded list, those whose words reach people pass theirs.
 */
export function expandSeats(plan: Pick<Plan, 'seats' | 'weights'>, shifts: readonly RosterShift[], skills: readonly Skill[] = DEFAULT_SKILLS): RosterSeat[] {
  const names = new Map(skills.map((s) => [s.id, s.label]));
  return shifts.flatMap((shift) =>
    seatsForShift(plan.seats, shift).map((seat) => ({
      id: `${shift.id}/${seat.id}`,
      shiftId: shift.id,
      templateId: seat.id,
      label: seat.label,
      role: seat.role,
      skill: seat.skill,
      skillName: seat.skill === null ? null : (names.get(seat.skill) ?? null),
      kind: seat.kind,
      weight: shift.weight * (seat.kind === 'standby' ? plan.weights.standbyFactor : 1),
    })),
  );
}

/** The people taking part, as the solver sees them: participants that have a staff record in the plan. */
export function rosterPeople(plan: Pick<Plan, 'participants' | 'staff' | 'history'>): RosterPerson[] {
  return plan.participants.flatMap((participant) => {
    const staff = plan.staff.find((s) => s.id === participant.staffId);
    if (!staff) return [];
    return [
      {
        id: staff.id,
        name: staff.fullName,
        roles: staff.roles,
        skills: staff.skills,
        leave: participant.leave.map((l) => ({ start: vnToEpoch(l.start), end: vnToEpoch(l.end), reason: l.reason })),
        noNights: participant.noNights,
        preferredDays: participant.preferredDays,
        avoidedDays: participant.avoidedDays,
        history: plan.history.find((h) => h.staffId === staff.id) ?? null,
      },
    ];
  });
}

/** The solver's and the checker's view of a plan; `skills` (Settings' list) names the seats' skills in their messages. */
export function planToProblem(plan: Plan, skills: readonly Skill[]): RosterProblem {
  const shifts = expandShifts(plan);
  return {
    windowStart: vnToEpoch(plan.window.start),
    windowEnd: vnToEpoch(plan.window.end),
    shifts,
    seats: expandSeats(plan, shifts, skills),
    people: rosterPeople(plan),
    rules: plan.rules,
    assignments: plan.assignments.map((a) => ({ seatId: a.seatId, staffId: a.staffId, locked: a.locked })),
  };
}

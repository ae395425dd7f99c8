/**
 * Each hard rule at its limit and one step past it. At the limit the checker reports nothing, the
 * seat picker offers the person and the generator fills every seat; one minute (one shift, one
 * night) past it all three refuse, the generator's explanation naming the rule. The shifts are made
 * by plan expansion from Vietnam wall-clock times, so night work is decided as in a real plan.
 */
import { describe, expect, it } from 'vitest';
import { checkRoster } from '../../../shared/roster/check';
import { rosterCandidates } from '../../../shared/roster/candidates';
import { generateRoster } from '../../../shared/roster/generate';
import { buildSearchModel } from '../../../shared/roster/search-model';
import { SearchState } from '../../../shared/roster/search-state';
import type { RosterAssignment } from '../../../shared/roster/problem';
import type { Participant, Rules } from '../../../shared/plan/schema';
import type { SeatTemplate } from '../../../shared/plan/pattern';
import type { StaffMember } from '../../../shared/staff/schema';
import { type ShiftTimes, shiftsProblem } from './problems';

interface Case {
  /** Wall-clock [start, end) of each shift, all of which the person holds. */
  shifts: ShiftTimes[];
  rules?: Partial<Rules>;
  staff?: Partial<StaffMember>;
  participant?: Partial<Participant>;
  seats?: SeatTemplate[];
  /** Assignments kept from before (locks); default none. */
  locked?: RosterAssignment[];
}

const problemOf = (c: Case) => shiftsProblem({ shifts: c.shifts, rules: c.rules, people: [{ id: 't', ...c.staff, participant: c.participant }], seats: c.seats, assignments: c.locked });

/**
 * What the three deciders say of one person holding every seat: the checker's codes, the seat
 * picker's reasons for the last seat with the others held, and what the generator leaves empty.
 */
function verdict(c: Case) {
  const problem = problemOf(c);
  const roster = problem.seats.map((s) => ({ seatId: s.id, staffId: 't', locked: false }));
  const last = roster.at(-1)!;
  const picked = rosterCandidates(problem, roster.slice(0, -1), last.seatId).find((x) => x.staffId === 't')!;
  const generated = generateRoster(problem, { seed: 1, mode: 'regenerate' });
  return {
    checker: checkRoster(problem, roster).map((v) => v.code),
    picker: picked.reasons.map((v) => v.code),
    unfilled: generated.unfilled.map((u) => u.blocked),
  };
}

const ALLOWED = { checker: [], picker: [], unfilled: [] };
const refused = (code: string, reason: string) => ({ checker: [code], picker: [code], unfilled: [{ [reason]: 1 }] });

const day = (date: string, from: string, to: string, toDate = date): ShiftTimes => [`${date}T${from}`, `${toDate}T${to}`];
const night = (date: string, next: string): ShiftTimes => [`${date}T22:00`, `${next}T06:00`];

describe('rest between shifts (Labour Code 2019 Art. 110: 12 h before another shift)', () => {
  it('allows exactly 12 h between two shifts and refuses 11 h 59 min', () => {
    expect(verdict({ shifts: [day('2026-03-02', '06:00', '10:00'), day('2026-03-02', '22:00', '02:00', '2026-03-03')] })).toEqual(ALLOWED);
    expect(verdict({ shifts: [day('2026-03-02', '06:00', '10:00'), day('2026-03-02', '21:59', '02:00', '2026-03-03')] })).toEqual(refused('REST_TOO_SHORT', 'rest'));
  });

  it('after a 24 h shift allows exactly the longer rest and refuses a minute less', () => {
    const after24h = (next: string) => ({ shifts: [day('2026-03-02', '07:30', '07:30', '2026-03-03'), day('2026-03-04', next, '11:30')] });
    expect(verdict(after24h('07:30'))).toEqual(ALLOWED);
    expect(verdict(after24h('07:29'))).toEqual(refused('REST_TOO_SHORT', 'rest'));
  });

  it('asks the longer rest from a shift of 24 h, the 12 h from one of 23 h 59 min', () => {
    expect(verdict({ shifts: [day('2026-03-02', '07:30', '07:29', '2026-03-03'), day('2026-03-03', '19:29', '23:00')] })).toEqual(ALLOWED);
    expect(verdict({ shifts: [day('2026-03-02', '07:30', '07:30', '2026-03-03'), day('2026-03-03', '19:30', '23:00')] })).toEqual(refused('REST_TOO_SHORT', 'rest'));
  });
});

describe('one place at a time', () => {
  it('allows a shift that starts as the last one ends, and refuses one a minute earlier', () => {
    const rules = { minRestHours: 0 };
    expect(verdict({ rules, shifts: [day('2026-03-02', '06:00', '14:00'), day('2026-03-02', '14:00', '22:00')] })).toEqual(ALLOWED);
    expect(verdict({ rules, shifts: [day('2026-03-02', '06:00', '14:00'), day('2026-03-02', '13:59', '22:00')] })).toEqual(refused('OVERLAP', 'busy'));
  });

  it('refuses one person in two seats of one shift', () => {
    const seats: SeatTemplate[] = ['kt-1', 'kt-2'].map((id) => ({ id, role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' }));
    expect(verdict({ seats, shifts: [day('2026-03-02', '06:00', '14:00')] })).toEqual(refused('OVERLAP', 'busy'));
  });
});

describe('load caps (Settings of the plan: shifts and hours per person)', () => {
  const days = ['2026-03-02', '2026-03-03', '2026-03-04'].map((d) => day(d, '06:00', '14:00'));

  it('allows exactly the most shifts and refuses one more', () => {
    expect(verdict({ rules: { maxShiftsPerPerson: 3 }, shifts: days })).toEqual(ALLOWED);
    expect(verdict({ rules: { maxShiftsPerPerson: 2 }, shifts: days })).toEqual(refused('MAX_LOAD', 'maxLoad'));
  });

  it('allows exactly the most hours and refuses a minute more', () => {
    const rules = { maxHoursPerPerson: 16 };
    expect(verdict({ rules, shifts: [day('2026-03-02', '06:00', '14:00'), day('2026-03-03', '06:00', '14:00')] })).toEqual(ALLOWED);
    expect(verdict({ rules, shifts: [day('2026-03-02', '06:00', '14:00'), day('2026-03-03', '06:00', '14:01')] })).toEqual(refused('MAX_LOAD', 'maxLoad'));
  });
});

describe('consecutive nights (night work 22:00–06:00, Labour Code 2019 Art. 106)', () => {
  const twoNights = [night('2026-03-02', '2026-03-03'), night('2026-03-03', '2026-03-04')];

  it('allows exactly the most nights in a row and refuses one more', () => {
    expect(verdict({ shifts: twoNights })).toEqual(ALLOWED);
    expect(verdict({ shifts: [...twoNights, night('2026-03-04', '2026-03-05')] })).toEqual(refused('CONSECUTIVE_NIGHTS', 'nights'));
  });

  it('starts a new run after a night off', () => {
    expect(verdict({ shifts: [...twoNights, night('2026-03-05', '2026-03-06'), night('2026-03-06', '2026-03-07')] })).toEqual(ALLOWED);
  });

  it('counts a shift ending at 22:00 as no night, and one ending at 22:01 as the night of its date', () => {
    const rules = { minRestHours: 8 };
    expect(verdict({ rules, shifts: [...twoNights, day('2026-03-04', '14:00', '22:00')] })).toEqual(ALLOWED);
    expect(verdict({ rules, shifts: [...twoNights, day('2026-03-04', '14:00', '22:01')] })).toEqual(refused('CONSECUTIVE_NIGHTS', 'nights'));
  });

  it('counts a shift starting at 06:00 as no night, and one starting at 05:59 as the night before', () => {
    const nights = [night('2026-03-01', '2026-03-02'), night('2026-03-02', '2026-03-03')];
    expect(verdict({ shifts: [...nights, day('2026-03-04', '06:00', '10:00')] })).toEqual(ALLOWED);
    expect(verdict({ shifts: [...nights, day('2026-03-04', '05:59', '10:00')] })).toEqual(refused('CONSECUTIVE_NIGHTS', 'nights'));
  });
});

describe('"Không trực đêm": no minute of work between 22:00 and 06:00 (Art. 106)', () => {
  const noNights = { noNights: true };

  it('allows a shift ending at 22:00 and refuses one ending at 22:01', () => {
    expect(verdict({ participant: noNights, shifts: [day('2026-03-02', '14:00', '22:00')] })).toEqual(ALLOWED);
    expect(verdict({ participant: noNights, shifts: [day('2026-03-02', '14:00', '22:01')] })).toEqual(refused('UNAVAILABLE_SHIFT', 'noNights'));
  });

  it('allows a shift starting at 06:00 and refuses one starting at 05:59', () => {
    expect(verdict({ participant: noNights, shifts: [day('2026-03-02', '06:00', '14:00')] })).toEqual(ALLOWED);
    expect(verdict({ participant: noNights, shifts: [day('2026-03-02', '05:59', '14:00')] })).toEqual(refused('UNAVAILABLE_SHIFT', 'noNights'));
  });
});

describe('leave', () => {
  const shift = [day('2026-03-02', '14:00', '22:00')];
  const away = (start: string, end: string) => ({ leave: [{ start: `2026-03-02T${start}`, end: `2026-03-02T${end}`, reason: 'Việc gia đình' }] });

  it('allows a shift starting as the leave ends and refuses one a minute into it', () => {
    expect(verdict({ participant: away('06:00', '14:00'), shifts: shift })).toEqual(ALLOWED);
    expect(verdict({ participant: away('06:00', '14:01'), shifts: shift })).toEqual(refused('ON_LEAVE', 'leave'));
  });

  it('allows a shift ending as the leave begins and refuses one ending a minute into it', () => {
    expect(verdict({ participant: away('22:00', '23:00'), shifts: shift })).toEqual(ALLOWED);
    expect(verdict({ participant: away('21:59', '23:00'), shifts: shift })).toEqual(refused('ON_LEAVE', 'leave'));
  });
});

describe('role and skill of the seat', () => {
  const shift = [day('2026-03-02', '06:00', '14:00')];
  const security: SeatTemplate[] = [{ id: 'attt', role: 'technician', skill: 'security', kind: 'onsite', label: 'Cán bộ kỹ thuật ATTT' }];
  const leaderSeat: SeatTemplate[] = [{ id: 'lanh-dao', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo trực' }];

  it('allows the skill the seat needs and refuses a person without it', () => {
    expect(verdict({ seats: security, staff: { skills: ['security', 'network'] }, shifts: shift })).toEqual(ALLOWED);
    expect(verdict({ seats: security, staff: { skills: ['network'] }, shifts: shift })).toEqual(refused('ROLE_MISMATCH', 'skill'));
  });

  it('allows a leader, or a technician who is also a leader, in a leader seat, and refuses a technician', () => {
    expect(verdict({ seats: leaderSeat, staff: { roles: ['leader'] }, shifts: shift })).toEqual(ALLOWED);
    expect(verdict({ seats: leaderSeat, staff: { roles: ['technician', 'leader'] }, shifts: shift })).toEqual(ALLOWED);
    // Nobody of the role takes part: the generator has no one to weigh, so nothing is blocked.
    expect(verdict({ seats: leaderSeat, staff: { roles: ['technician'] }, shifts: shift })).toEqual({ ...refused('ROLE_MISMATCH', 'skill'), unfilled: [{}] });
  });
});

describe('seats and locks', () => {
  const shifts = [day('2026-03-02', '06:00', '14:00'), day('2026-03-03', '06:00', '14:00')];
  const problem = shiftsProblem({ shifts, people: [{ id: 't' }, { id: 'u' }] });
  const [first, second] = problem.seats.map((s) => s.id) as [string, string];
  const a = (seatId: string, staffId: string, locked = false): RosterAssignment => ({ seatId, staffId, locked });
  const codes = (roster: RosterAssignment[], locks: RosterAssignment[] = []) => checkRoster({ ...problem, assignments: locks }, roster).map((v) => v.code);

  it('wants every seat held by exactly one person', () => {
    expect(codes([a(first, 't'), a(second, 'u')])).toEqual([]);
    expect(codes([a(first, 't')])).toEqual(['SEAT_UNFILLED']);
    expect(codes([a(first, 't'), a(first, 'u'), a(second, 'u')])).toEqual(['OVERLAP']);
  });

  it('keeps a locked assignment; an unlocked one may change', () => {
    expect(codes([a(first, 't', true), a(second, 'u')], [a(first, 't', true)])).toEqual([]);
    expect(codes([a(first, 'u'), a(second, 't')], [a(first, 't', true)])).toEqual(['LOCK_BROKEN']);
    expect(codes([a(first, 'u'), a(second, 't')], [a(first, 't')])).toEqual([]);
  });

  it('the generator keeps a lock that no rule forbids, and refills around it', () => {
    const kept = generateRoster({ ...problem, assignments: [a(second, 'u', true)] }, { seed: 1, mode: 'regenerate' }).assignments;
    expect(kept).toContainEqual(a(second, 'u', true));
    expect(kept.map((x) => x.seatId).sort()).toEqual([first, second]);
  });
});

/**
 * The generator's soft costs, which bend the roster without forbidding anything: each is zero on
 * its own side of the line. Compared between rosters of equal load, so only the cost in question differs.
 */
describe("the generator's soft costs", () => {
  /** The soft part of the generator's score with 't' holding every seat. */
  const softCost = (shifts: ShiftTimes[], participant: Partial<Participant> = {}) => {
    const problem = shiftsProblem({ shifts, people: [{ id: 't', participant }] });
    return new SearchState(buildSearchModel(problem, []), new Int32Array(problem.seats.length)).score().soft;
  };
  const first = day('2026-03-02', '12:00', '20:00');

  it('costs nothing for two shifts 36 h apart (end to start), and something at 35 h 59 min', () => {
    const apart = softCost([first, day('2026-03-04', '08:00', '16:00')]);
    expect(apart).toBeCloseTo(softCost([first, day('2026-03-06', '08:00', '16:00')]), 12);
    expect(softCost([first, day('2026-03-04', '07:59', '16:00')])).toBeGreaterThan(apart);
  });

  it('costs a shift on a day the person asked to avoid, rewards one on a preferred day, and a wish for another day costs nothing', () => {
    // Duty on 02/03 and 04/03; 03/03 is a day of the plan the person does not work.
    const shifts = [day('2026-03-02', '06:00', '14:00'), day('2026-03-04', '06:00', '14:00')];
    const none = softCost(shifts);
    expect(softCost(shifts, { avoidedDays: ['2026-03-03'] })).toBeCloseTo(none, 12);
    expect(softCost(shifts, { preferredDays: ['2026-03-03'] })).toBeCloseTo(none, 12);
    expect(softCost(shifts, { avoidedDays: ['2026-03-02'] })).toBeGreaterThan(none);
    expect(softCost(shifts, { preferredDays: ['2026-03-02'] })).toBeLessThan(none);
  });
});

/** Problems for the roster tests: a hand-made one whose figures can be worked out on paper, and random small ones. */
import fc from 'fast-check';
import { PATTERN_24H, PATTERN_2X12, PATTERN_3X8, PATTERN_4X6, PATTERN_4X6_FROM_2, TET_SEATS, buildInstance } from '../../../bench/instances';
import type { RosterAssignment, RosterPerson, RosterProblem } from '../../../shared/roster/problem';
import { expandSeats, expandShifts, rosterPeople } from '../../../shared/plan/expand';
import { SeatPlan, type SeatTemplate } from '../../../shared/plan/pattern';
import { Participant, Rules, Weights } from '../../../shared/plan/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import { vnToEpoch } from '../../../shared/time/zone';
import { staffMember } from '../../helpers/plans';

export const person = (id: string, name: string, extra: Partial<RosterPerson> = {}): RosterPerson => ({
  id,
  name,
  roles: ['technician'],
  skills: [],
  leave: [],
  noNights: false,
  preferredDays: [],
  avoidedDays: [],
  history: null,
  ...extra,
});

/**
 * 16–17/02/2026, 3 × 8 h shifts, one leader seat (standby) and one security technician seat,
 * no holidays: weights are 1 by day, 1.5 at night, halved on the standby seat.
 */
export function handMadeProblem(): RosterProblem {
  const problem = buildInstance({ name: 'hand', seed: 1, firstDate: '2026-02-16', days: 2, pattern: PATTERN_3X8, seats: TET_SEATS.slice(0, 2), leaders: 0, technicians: 0 });
  problem.people = [
    person('a', 'Nguyễn Văn A', { roles: ['leader'] }),
    person('b', 'Trần Thị B', { roles: ['leader'], leave: [{ start: vnToEpoch('2026-02-17T00:00'), end: vnToEpoch('2026-02-18T06:00'), reason: 'Về quê' }] }),
    person('c', 'Lê Văn C', { skills: ['security'] }),
    person('d', 'Phạm Thị D', { skills: ['security'], noNights: true }),
    person('e', 'Hoàng Văn E', { skills: [] }),
  ];
  return problem;
}

export const seatId = (date: string, shift: 'sang' | 'chieu' | 'dem', seat: 'lanh-dao' | 'ky-thuat-attt') => `${date}/${shift}/${seat}`;

/** Random small plans: any pattern, 1–3 seats, a handful of people, any rule settings. */
export const smallProblem: fc.Arbitrary<RosterProblem> = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    days: fc.integer({ min: 1, max: 3 }),
    pattern: fc.constantFrom(PATTERN_3X8, PATTERN_2X12, PATTERN_24H, PATTERN_4X6, PATTERN_4X6_FROM_2),
    seats: fc.integer({ min: 1, max: 3 }),
    leaders: fc.integer({ min: 1, max: 4 }),
    technicians: fc.integer({ min: 1, max: 6 }),
    minRestHours: fc.constantFrom(8, 12),
    maxConsecutiveNights: fc.constantFrom(1, 2, null),
    maxShiftsPerPerson: fc.constantFrom(null, 2, 3),
    maxHoursPerPerson: fc.constantFrom(null, 24),
  })
  .map((p) =>
    buildInstance({
      name: 'random',
      seed: p.seed,
      firstDate: '2026-02-15',
      days: p.days,
      pattern: p.pattern,
      seats: TET_SEATS.slice(0, p.seats),
      leaders: p.leaders,
      technicians: p.technicians,
      dualRole: 1,
      skillShare: { security: 0.6 },
      onLeave: 0.2,
      noNights: 0.2,
      specialDays: { '2026-02-16': ['holiday', 'giao-thua'], '2026-02-17': ['holiday', 'mung-1'] },
      rules: { minRestHours: p.minRestHours, maxConsecutiveNights: p.maxConsecutiveNights, maxShiftsPerPerson: p.maxShiftsPerPerson, maxHoursPerPerson: p.maxHoursPerPerson },
    }),
  );

/** A shift as Vietnam wall-clock times, `YYYY-MM-DDTHH:mm`, [start, end). */
export type ShiftTimes = [start: string, end: string];

export interface ShiftsProblemSpec {
  shifts: ShiftTimes[];
  /** Each one's staff record and participation; technicians without skills by default. */
  people: (Partial<StaffMember> & { id: string; participant?: Partial<Participant> })[];
  /** The seats of every shift; one technician seat by default. */
  seats?: SeatTemplate[];
  rules?: Partial<Rules>;
  assignments?: RosterAssignment[];
}

const TECHNICIAN_SEAT: SeatTemplate = { id: 'kt', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' };

/**
 * A problem of exactly the shifts given, each made by plan expansion (a one-shift pattern over a
 * window of that shift), so night work, weights and ids are what a real plan would get.
 */
export function shiftsProblem({ shifts, people, seats = [TECHNICIAN_SEAT], rules = {}, assignments = [] }: ShiftsProblemSpec): RosterProblem {
  const weights = Weights.parse({});
  const expanded = shifts
    .flatMap(([start, end], i) =>
      expandShifts({
        window: { start, end },
        pattern: { presetId: null, shifts: [{ id: `ca-${i + 1}`, label: `Ca ${i + 1}`, start: start.slice(11), end: end.slice(11) }] },
        specialDays: [],
        holiday: null,
        weights,
      }),
    )
    .sort((a, b) => a.start - b.start);
  const staff = people.map(({ participant: _, ...member }) => staffMember(member.id, member));
  const participants = people.map((p) => Participant.parse({ staffId: p.id, ...p.participant }));
  return {
    windowStart: expanded[0]!.start,
    windowEnd: Math.max(...expanded.map((s) => s.end)),
    shifts: expanded,
    seats: expandSeats({ seats: SeatPlan.parse({ default: seats }), weights }, expanded),
    people: rosterPeople({ participants, staff, history: [] }),
    rules: Rules.parse(rules),
    assignments,
  };
}

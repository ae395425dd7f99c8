import type { RosterPerson, RosterShift } from '../roster/problem';
import { DEFAULT_SKILLS, type Skill, type StaffRole } from '../staff/schema';
import type { Plan } from './schema';
import type { SeatCondition, SeatTemplate } from './pattern';
import { epochToVn } from '../time/zone';
import { moment, msg, type Message } from '../i18n/message';
import { expandShifts, rosterPeople, seatsForShift } from './expand';

export interface FeasibilityProblem {
  kind: 'role-shortage' | 'skill-missing' | 'seats-unfillable' | 'no-night-staff' | 'shift-unfillable';
  message: Message;
  shiftId?: string;
  seatTemplateId?: string;
}

const ROLE: Record<StaffRole, Message> = { leader: msg('setup.problem.role.leader'), technician: msg('setup.problem.role.technician') };

/** "2 duty leaders" (the seats to fill) and "1 leader" (the people who could): English counts in the noun. */
const COUNTED = { leader: { seats: 'leaderSeats', people: 'leaders' }, technician: { seats: 'technicianSeats', people: 'technicians' } } as const;
const counted = (role: StaffRole, what: 'seats' | 'people', count: number): Message => msg(`setup.problem.${COUNTED[role][what]}.${count === 1 ? 'one' : 'many'}`, { count });

const scopeOf = (when: SeatCondition | null): Message => msg(`setup.problem.scope.${when ?? 'every'}`);

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
function seatSetProblems(scope: Message, seats: readonly SeatTemplate[], shifts: readonly RosterShift[], people: readonly RosterPerson[], skills: readonly Skill[]): FeasibilityProblem[] {
  const problems: FeasibilityProblem[] = [];
  for (const role of ['leader', 'technician'] as const) {
    const need = seats.filter((s) => s.role === role).length;
    const have = people.filter((p) => p.roles.includes(role)).length;
    if (need > have) {
      const needed = { scope, need: counted(role, 'seats', need) };
      const message = have === 0 ? msg('setup.problem.roleNone', { ...needed, role: ROLE[role] }) : msg('setup.problem.roleShort', { ...needed, have: counted(role, 'people', have) });
      problems.push({ kind: 'role-shortage', message });
    }
  }
  for (const seat of seats) {
    if (seat.skill === null || people.some((p) => fits(p, seat))) continue;
    const skill = skills.find((s) => s.id === seat.skill)?.label ?? seat.skill;
    problems.push({
      kind: 'skill-missing',
      seatTemplateId: seat.id,
      message: msg('setup.problem.skillMissing', { seat: seat.label || seat.id, skill, role: ROLE[seat.role] }),
    });
  }
  if (problems.length === 0 && maxMatching(seats, (seat) => people.filter((p) => fits(p, seat))) < seats.length) {
    problems.push({ kind: 'seats-unfillable', message: msg('setup.problem.seatsUnfillable', { scope, count: seats.length }) });
  }
  if (shifts.some((s) => s.night)) {
    for (const seat of seats) {
      const able = people.filter((p) => fits(p, seat));
      if (able.length > 0 && able.every((p) => p.noNights)) {
        problems.push({
          kind: 'no-night-staff',
          seatTemplateId: seat.id,
          message: msg('setup.problem.noNightStaff', { role: ROLE[seat.role], seat: seat.label || seat.id }),
        });
      }
    }
  }
  return problems;
}

const onLeave = (person: RosterPerson, shift: RosterShift) => person.leave.some((l) => l.start < shift.end && shift.start < l.end);

function shiftName(shift: RosterShift): Message {
  return msg('setup.problem.shift', { label: shift.label, start: moment(epochToVn(shift.start)), end: epochToVn(shift.end).slice(11) });
}

/** Who is away or cannot do nights can leave a single shift short even when the seat set is sound. */
function shiftProblems(shift: RosterShift, seats: readonly SeatTemplate[], people: readonly RosterPerson[]): FeasibilityProblem[] {
  const available = (p: RosterPerson) => !onLeave(p, shift) && !(shift.night && p.noNights);
  const filled = maxMatching(seats, (seat) => people.filter((p) => fits(p, seat) && available(p)));
  if (filled === seats.length) return [];
  const empty = seats.find((seat) => !people.some((p) => fits(p, seat) && available(p)));
  if (!empty) {
    return [{ kind: 'shift-unfillable', shiftId: shift.id, message: msg('setup.problem.shiftShort', { shift: shiftName(shift), filled, seats: seats.length }) }];
  }
  const able = people.filter((p) => fits(p, empty));
  const away = able.filter((p) => onLeave(p, shift)).map((p) => p.name);
  const noNights = able.filter((p) => !onLeave(p, shift) && shift.night && p.noNights).map((p) => p.name);
  const awayWords = msg('setup.problem.reason.away', { names: away });
  const noNightsWords = msg('setup.problem.reason.noNights', { names: noNights });
  // The seat is empty, so each able person is away or off nights: at least one list has names.
  const reasons = !noNights.length ? awayWords : !away.length ? noNightsWords : msg('setup.problem.reason.both', { away: awayWords, noNights: noNightsWords });
  return [
    {
      kind: 'shift-unfillable',
      shiftId: shift.id,
      seatTemplateId: empty.id,
      message: msg('setup.problem.seatEmpty', { shift: shiftName(shift), seat: empty.label || empty.id, reasons }),
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
    const setProblems = seatSetProblems(scopeOf(override?.when ?? null), seats, shifts, people, skills);
    // Seat sets that share a seat (an override keeping a default one) would tell its problem twice.
    const known = new Set(problems.map((p) => JSON.stringify(p.message)));
    problems.push(...setProblems.filter((p) => !known.has(JSON.stringify(p.message))));
    if (setProblems.length === 0) problems.push(...shifts.flatMap((shift) => shiftProblems(shift, seats, people)));
  }
  return problems;
}

import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterProblem, RosterShift } from './problem';
import type { Violation, ViolationCode } from './check';
import { type SeatCandidate, rosterCandidates } from './candidates';
import { rosterLookup } from './lookup';
import { shiftNightDates } from '../plan/night-work';
import { dayNumber, nightRunThrough, pairConflict, shiftHours } from './rules';
import { msg, type Message } from '../i18n/message';
import { ROLE_NOUN, roundHours, seatNoun, shiftPhrase, shiftTitle, skillPhrase, vnClock, vnDayMonth } from './words';

/** Why a person of the seat's role cannot take it, the first that applies in this order. */
export const BLOCK_REASONS = ['skill', 'leave', 'noNights', 'busy', 'rest', 'maxLoad', 'nights'] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

const REASON_OF: Partial<Record<ViolationCode, BlockReason>> = {
  ROLE_MISMATCH: 'skill',
  ON_LEAVE: 'leave',
  UNAVAILABLE_SHIFT: 'noNights',
  OVERLAP: 'busy',
  REST_TOO_SHORT: 'rest',
  MAX_LOAD: 'maxLoad',
  CONSECUTIVE_NIGHTS: 'nights',
};

export interface SeatExplanation {
  seatId: string;
  shiftId: string;
  role: StaffRole;
  skill: string | null;
  /** People of the plan with the seat's role. */
  participants: number;
  /** Of those, how many could take the seat as the roster stands. */
  eligible: number;
  blocked: Partial<Record<BlockReason, number>>;
  /** Who could have taken the seat and why they did not, put in words where it is shown (say()). */
  text: Message;
  /** The smallest change that would let someone take the seat, when one is found. */
  suggestion: Message | null;
}

const primaryReason = (c: SeatCandidate): BlockReason => BLOCK_REASONS.find((r) => c.reasons.some((v) => REASON_OF[v.code] === r)) ?? 'busy';

const onlyReason = (c: SeatCandidate, code: ViolationCode) => c.reasons.length > 0 && c.reasons.every((v) => v.code === code);

export function explainUnfilledSeat(problem: RosterProblem, assignments: RosterAssignment[], seatId: string): SeatExplanation {
  const lookup = rosterLookup(problem);
  const seat = lookup.seat(seatId)!;
  const shift = lookup.shift(seat.shiftId)!;
  const sameRole = rosterCandidates(problem, assignments, seatId).filter((c) => lookup.person(c.staffId)!.roles.includes(seat.role));
  const free = sameRole.filter((c) => c.reasons.length === 0);
  const blockedPeople = sameRole.filter((c) => c.reasons.length > 0);

  const blocked: Partial<Record<BlockReason, number>> = {};
  for (const c of blockedPeople) blocked[primaryReason(c)] = (blocked[primaryReason(c)] ?? 0) + 1;

  // The other shift of a rest conflict, seen from the empty seat: grouped by it, counted per group.
  const restGroup = (v: Violation) => {
    const other = lookup.shift(lookup.seat(v.seatId === seatId ? v.relatedSeatId! : v.seatId)!.shiftId)!;
    const conflict = pairConflict(other, shift, problem.rules);
    const required = conflict?.code === 'REST_TOO_SHORT' ? conflict.requiredHours : problem.rules.minRestHours;
    const when = vnDayMonth(other.start) === vnDayMonth(shift.start) ? msg('roster.phrase.shiftAt', { time: vnClock(other.start) }) : shiftPhrase(other);
    return { code: other.start < shift.start ? ('roster.explain.restBefore' as const) : ('roster.explain.restAfter' as const), when, hours: roundHours(required) };
  };
  const restGroups = new Map<string, { group: ReturnType<typeof restGroup>; count: number }>();
  for (const c of blockedPeople.filter((c) => primaryReason(c) === 'rest')) {
    const group = restGroup(c.reasons.find((v) => v.code === 'REST_TOO_SHORT')!);
    const key = JSON.stringify(group);
    restGroups.set(key, { group, count: (restGroups.get(key)?.count ?? 0) + 1 });
  }
  const skill = skillPhrase(seat);
  const part: Record<Exclude<BlockReason, 'rest'>, (count: number) => Message> = {
    skill: (count) => (skill === '' ? msg('roster.explain.noSkill', { count }) : msg('roster.explain.skill', { count, skill })),
    leave: (count) => msg('roster.explain.leave', { count }),
    noNights: (count) => msg('roster.explain.noNights', { count }),
    busy: (count) => msg('roster.explain.busy', { count }),
    maxLoad: (count) => msg('roster.explain.maxLoad', { count }),
    nights: (count) => msg('roster.explain.nights', { count }),
  };
  const parts = BLOCK_REASONS.flatMap((r) =>
    r === 'rest' ? [...restGroups.values()].map(({ group: { code, when, hours }, count }) => msg(code, { count, when, hours })) : blocked[r] ? [part[r](blocked[r])] : [],
  );
  if (free.length) parts.push(msg('roster.explain.free', { count: free.length }));
  const role = ROLE_NOUN[seat.role];
  const who = sameRole.length === 0 ? msg('roster.explain.nobody', { role }) : [msg('roster.explain.taking', { count: sameRole.length, role }), ...parts];

  return {
    seatId,
    shiftId: shift.id,
    role: seat.role,
    skill: seat.skill,
    participants: sameRole.length,
    eligible: free.length,
    blocked,
    text: msg('roster.explain.seat', { shift: shiftTitle(shift), seat: seatNoun(seat), who }),
    suggestion: smallestRelaxation(problem, assignments, shift, free, blockedPeople) ?? msg('roster.suggest.addPerson', { seat: seatNoun(seat) }),
  };
}

/**
 * Looks for the one change that frees somebody for the seat, least intrusive first: a person who
 * is simply free, a plan rule eased just enough (rest, consecutive nights, load caps), then one
 * person's own restriction (nights). Leave is never suggested away.
 */
function smallestRelaxation(problem: RosterProblem, assignments: RosterAssignment[], shift: RosterShift, free: SeatCandidate[], blocked: SeatCandidate[]): Message | null {
  const lookup = rosterLookup(problem);
  const rules = problem.rules;
  if (free[0]) return msg('roster.suggest.place', { name: free[0].name });
  const heldShifts = (id: string) => assignments.flatMap((a) => (a.staffId === id ? (lookup.shift(lookup.seat(a.seatId)?.shiftId ?? '') ?? []) : []));

  const restOnly = blocked.filter((c) => onlyReason(c, 'REST_TOO_SHORT'));
  const restNeeded = restOnly.map((c) => {
    const conflicts = c.reasons.map((v) => pairConflict(lookup.shift(lookup.seat(v.seatId)!.shiftId)!, lookup.shift(lookup.seat(v.relatedSeatId!)!.shiftId)!, rules));
    const after24 = conflicts.some((k) => k?.code === 'REST_TOO_SHORT' && shiftHours(k.first) >= 24);
    const gap = Math.min(...conflicts.map((k) => (k?.code === 'REST_TOO_SHORT' ? k.gapHours : Infinity)));
    return { after24, hours: Math.floor(gap) };
  });
  // Halving the legal rest or worse is no "small" relaxation: adding a person is the better advice.
  const bestRest = restNeeded.filter((r) => r.hours >= (r.after24 ? rules.restAfter24hHours : rules.minRestHours) / 2).sort((a, b) => b.hours - a.hours)[0];
  if (bestRest) {
    return msg(bestRest.after24 ? 'roster.suggest.rest24' : 'roster.suggest.rest', { hours: bestRest.hours });
  }

  const nightsOnly = blocked.filter((c) => onlyReason(c, 'CONSECUTIVE_NIGHTS'));
  if (nightsOnly.length && rules.maxConsecutiveNights !== null) {
    // The run of nights each would work with this shift added: the limit has to reach the shortest.
    const nights = shiftNightDates(shift).map(dayNumber);
    const runs = nightsOnly.map((c) => {
      const worked = new Set(heldShifts(c.staffId).flatMap((s) => shiftNightDates(s).map(dayNumber)));
      return nightRunThrough(Math.min(...nights), Math.max(...nights), (d) => worked.has(d));
    });
    return msg('roster.suggest.nights', { count: Math.min(...runs) });
  }

  const loadOnly = blocked.filter((c) => onlyReason(c, 'MAX_LOAD'));
  if (loadOnly.length) {
    const needs = loadOnly.map((c) => {
      const shifts = heldShifts(c.staffId);
      return { shifts: shifts.length + 1, hours: shifts.reduce((h, s) => h + shiftHours(s), shiftHours(shift)) };
    });
    const shiftsCap = rules.maxShiftsPerPerson;
    const overShifts = shiftsCap !== null && needs.some((n) => n.shifts > shiftsCap);
    return overShifts
      ? msg('roster.suggest.maxShifts', { count: Math.min(...needs.map((n) => n.shifts)) })
      : msg('roster.suggest.maxHours', { hours: roundHours(Math.min(...needs.map((n) => n.hours))) });
  }

  const nightRefusers = blocked.filter((c) => onlyReason(c, 'UNAVAILABLE_SHIFT'));
  if (nightRefusers[0]) return msg('roster.suggest.allowNights', { name: nightRefusers[0].name });
  return null;
}

/** Explanations for every seat the roster leaves empty. */
export function explainUnfilled(problem: RosterProblem, assignments: RosterAssignment[]): SeatExplanation[] {
  const filled = new Set(assignments.map((a) => a.seatId));
  return problem.seats.filter((s) => !filled.has(s.id)).map((s) => explainUnfilledSeat(problem, assignments, s.id));
}

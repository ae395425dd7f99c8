import type { StaffRole } from '../staff/schema';
import type { RosterAssignment, RosterProblem, RosterShift } from './problem';
import type { Violation, ViolationCode } from './check';
import { type SeatCandidate, rosterCandidates } from './candidates';
import { rosterLookup } from './lookup';
import { shiftNightDates } from '../plan/night-work';
import { dayNumber, nightRunThrough, pairConflict, shiftHours } from './rules';
import { ROLE_NOUN, hoursText, seatNoun, shiftPhrase, shiftTitle, skillPhrase, vnClock, vnDayMonth } from './words';

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
  message: string;
  /** The smallest change that would let someone take the seat, when one is found. */
  suggestion: string | null;
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

  // The other shift of a rest conflict, phrased from the empty seat's point of view.
  const restPhrase = (v: Violation) => {
    const other = lookup.shift(lookup.seat(v.seatId === seatId ? v.relatedSeatId! : v.seatId)!.shiftId)!;
    const conflict = pairConflict(other, shift, problem.rules);
    const required = conflict?.code === 'REST_TOO_SHORT' ? conflict.requiredHours : problem.rules.minRestHours;
    const when = vnDayMonth(other.start) === vnDayMonth(shift.start) ? `ca ${vnClock(other.start)}` : shiftPhrase(other);
    return `${other.start < shift.start ? 'vừa trực' : 'sắp trực'} ${when} (nghỉ giữa ca < ${hoursText(required)} giờ)`;
  };
  const restGroups = new Map<string, number>();
  for (const c of blockedPeople.filter((c) => primaryReason(c) === 'rest')) {
    const phrase = restPhrase(c.reasons.find((v) => v.code === 'REST_TOO_SHORT')!);
    restGroups.set(phrase, (restGroups.get(phrase) ?? 0) + 1);
  }
  const phrases: Record<Exclude<BlockReason, 'rest'>, string> = {
    skill: `không có kỹ năng ${skillPhrase(seat)}`.trim(),
    leave: 'đang nghỉ phép',
    noNights: 'không trực đêm',
    busy: 'đang trực chỗ khác cùng giờ',
    maxLoad: 'đã đủ số ca hoặc số giờ tối đa',
    nights: 'đã trực đủ số đêm liên tiếp tối đa',
  };
  const parts = BLOCK_REASONS.flatMap((r) => (r === 'rest' ? [...restGroups].map(([phrase, n]) => `${n} ${phrase}`) : blocked[r] ? [`${blocked[r]} ${phrases[r]}`] : []));
  if (free.length) parts.push(`${free.length} có thể trực nhưng chưa được xếp`);
  const who = sameRole.length === 0 ? `không có ${ROLE_NOUN[seat.role]} nào tham gia kế hoạch` : [`${sameRole.length} ${ROLE_NOUN[seat.role]} tham gia`, ...parts].join(', ');

  return {
    seatId,
    shiftId: shift.id,
    role: seat.role,
    skill: seat.skill,
    participants: sameRole.length,
    eligible: free.length,
    blocked,
    message: `${shiftTitle(shift)}: cần 1 ${seatNoun(seat)}; ${who}`,
    suggestion: smallestRelaxation(problem, assignments, shift, free, blockedPeople) ?? `thêm 1 ${seatNoun(seat)} vào kế hoạch`,
  };
}

/**
 * Looks for the one change that frees somebody for the seat, least intrusive first: a person who
 * is simply free, a plan rule eased just enough (rest, consecutive nights, load caps), then one
 * person's own restriction (nights). Leave is never suggested away.
 */
function smallestRelaxation(problem: RosterProblem, assignments: RosterAssignment[], shift: RosterShift, free: SeatCandidate[], blocked: SeatCandidate[]): string | null {
  const lookup = rosterLookup(problem);
  const rules = problem.rules;
  if (free[0]) return `xếp ${free[0].name} vào chỗ này`;
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
    return bestRest.after24 ? `giảm thời gian nghỉ sau ca 24 giờ xuống ${bestRest.hours} giờ` : `giảm thời gian nghỉ tối thiểu xuống ${bestRest.hours} giờ`;
  }

  const nightsOnly = blocked.filter((c) => onlyReason(c, 'CONSECUTIVE_NIGHTS'));
  if (nightsOnly.length && rules.maxConsecutiveNights !== null) {
    // The run of nights each would work with this shift added: the limit has to reach the shortest.
    const nights = shiftNightDates(shift).map(dayNumber);
    const runs = nightsOnly.map((c) => {
      const worked = new Set(heldShifts(c.staffId).flatMap((s) => shiftNightDates(s).map(dayNumber)));
      return nightRunThrough(Math.min(...nights), Math.max(...nights), (d) => worked.has(d));
    });
    return `cho phép trực tối đa ${Math.min(...runs)} đêm liên tiếp`;
  }

  const loadOnly = blocked.filter((c) => onlyReason(c, 'MAX_LOAD'));
  if (loadOnly.length) {
    const needs = loadOnly.map((c) => {
      const shifts = heldShifts(c.staffId);
      return { shifts: shifts.length + 1, hours: shifts.reduce((h, s) => h + shiftHours(s), shiftHours(shift)) };
    });
    const shiftsCap = rules.maxShiftsPerPerson;
    const overShifts = shiftsCap !== null && needs.some((n) => n.shifts > shiftsCap);
    return overShifts ? `tăng số ca tối đa mỗi người lên ${Math.min(...needs.map((n) => n.shifts))} ca` : `tăng số giờ tối đa mỗi người lên ${hoursText(Math.min(...needs.map((n) => n.hours)))} giờ`;
  }

  const nightRefusers = blocked.filter((c) => onlyReason(c, 'UNAVAILABLE_SHIFT'));
  if (nightRefusers[0]) return `cho phép ${nightRefusers[0].name} trực đêm`;
  return null;
}

/** Explanations for every seat the roster leaves empty. */
export function explainUnfilled(problem: RosterProblem, assignments: RosterAssignment[]): SeatExplanation[] {
  const filled = new Set(assignments.map((a) => a.seatId));
  return problem.seats.filter((s) => !filled.has(s.id)).map((s) => explainUnfilledSeat(problem, assignments, s.id));
}

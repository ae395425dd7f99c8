import type { Rules } from '../plan/schema';
import type { RosterAssignment, RosterPerson, RosterProblem, RosterSeat, RosterShift } from './problem';
import { rosterLookup } from './lookup';
import { dayNumber, leaveDuring, nightRefused, pairConflict, seatMismatch, shiftHours } from './rules';
import { shiftNightDates } from '../plan/night-work';
import { msg, type Message } from '../i18n/message';
import { ROLE_NOUN, dateDayMonth, roundHours, seatWhere, shiftPhrase, skillPhrase } from './words';

export const VIOLATION_CODES = ['SEAT_UNFILLED', 'ROLE_MISMATCH', 'OVERLAP', 'REST_TOO_SHORT', 'ON_LEAVE', 'UNAVAILABLE_SHIFT', 'MAX_LOAD', 'CONSECUTIVE_NIGHTS', 'LOCK_BROKEN'] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

export interface Violation {
  code: ViolationCode;
  shiftId: string;
  seatId: string;
  staffId: string | null;
  /** A sentence the IT head can act on, put in words where it is shown (say()): Vietnamese in files and the CLI. */
  text: Message;
  /** The other seat of a pair rule (overlap, rest), so the editor can highlight both. */
  relatedSeatId?: string;
}

/** A seat of a shift, as held by one person. */
export interface Placement {
  seat: RosterSeat;
  shift: RosterShift;
}

/** Rules that concern one person and one seat on its own: role, skill, leave, nights. */
export function placementViolations(person: RosterPerson, { seat, shift }: Placement): Violation[] {
  const at = { shiftId: shift.id, seatId: seat.id, staffId: person.id };
  // Phrased only when there is something to say: formatting times costs more than the checks.
  const where = () => seatWhere(seat, shift);
  const name = person.name;
  const out: Violation[] = [];
  const mismatch = seatMismatch(person, seat);
  if (mismatch?.kind === 'role') {
    out.push({ ...at, code: 'ROLE_MISMATCH', text: msg('roster.violation.role', { name, role: ROLE_NOUN[seat.role], where: where() }) });
  } else if (mismatch?.kind === 'skill') {
    out.push({ ...at, code: 'ROLE_MISMATCH', text: msg('roster.violation.skill', { name, skill: skillPhrase(seat), where: where() }) });
  }
  const leave = leaveDuring(person, shift);
  if (leave) {
    const text = leave.reason ? msg('roster.violation.leaveWhy', { name, reason: leave.reason, shift: shiftPhrase(shift) }) : msg('roster.violation.leave', { name, shift: shiftPhrase(shift) });
    out.push({ ...at, code: 'ON_LEAVE', text });
  }
  if (nightRefused(person, shift)) {
    out.push({ ...at, code: 'UNAVAILABLE_SHIFT', text: msg('roster.violation.noNights', { name, shift: shiftPhrase(shift) }) });
  }
  return out;
}

/** Rules over all the seats one person holds: overlap, rest, load caps, consecutive nights. */
export function scheduleViolations(person: RosterPerson, placements: Placement[], rules: Rules): Violation[] {
  const sorted = [...placements].sort((a, b) => a.shift.start - b.shift.start || a.seat.id.localeCompare(b.seat.id));
  const out: Violation[] = [];
  const name = person.name;
  const at = (p: Placement) => ({ shiftId: p.shift.id, seatId: p.seat.id, staffId: person.id });

  // All pairs: a person holds a few dozen seats at most, and long shifts make any cut-off fragile.
  sorted.forEach((later, j) => {
    for (const earlier of sorted.slice(0, j)) {
      const conflict = pairConflict(earlier.shift, later.shift, rules);
      if (!conflict) continue;
      const pair = { first: shiftPhrase(earlier.shift), second: shiftPhrase(later.shift) };
      const text =
        conflict.code === 'OVERLAP'
          ? earlier.shift.id === later.shift.id
            ? msg('roster.violation.twoSeats', { name, shift: shiftPhrase(later.shift) })
            : msg('roster.violation.overlap', { name, ...pair })
          : msg('roster.violation.rest', { name, gap: roundHours(conflict.gapHours), required: roundHours(conflict.requiredHours), ...pair });
      out.push({ ...at(later), code: conflict.code, text, relatedSeatId: earlier.seat.id });
    }
  });

  let shifts = 0;
  let hours = 0;
  for (const p of sorted) {
    shifts++;
    hours += shiftHours(p.shift);
    if (rules.maxShiftsPerPerson !== null && shifts > rules.maxShiftsPerPerson) {
      out.push({ ...at(p), code: 'MAX_LOAD', text: msg('roster.violation.maxShifts', { name, count: shifts, max: rules.maxShiftsPerPerson, shift: shiftPhrase(p.shift) }) });
    }
    if (rules.maxHoursPerPerson !== null && hours > rules.maxHoursPerPerson) {
      out.push({ ...at(p), code: 'MAX_LOAD', text: msg('roster.violation.maxHours', { name, hours: roundHours(hours), max: roundHours(rules.maxHoursPerPerson), shift: shiftPhrase(p.shift) }) });
    }
  }

  // Nights are the 22:00–06:00 spans a shift overlaps, named by their evening (night-work.ts).
  const maxNights = rules.maxConsecutiveNights;
  if (maxNights !== null) {
    const lastNight = new Map(sorted.map((p) => [p, shiftNightDates(p.shift).at(-1)]));
    const worked = new Set(sorted.flatMap((p) => shiftNightDates(p.shift).map(dayNumber)));
    for (const p of sorted) {
      const night = lastNight.get(p);
      if (night === undefined) continue;
      let run = 1;
      for (let d = dayNumber(night) - 1; worked.has(d); d--) run++;
      if (run > maxNights) {
        out.push({ ...at(p), code: 'CONSECUTIVE_NIGHTS', text: msg('roster.violation.nights', { name, run, max: maxNights, night: dateDayMonth(night) }) });
      }
    }
  }
  return out;
}

/** Every hard-rule violation of a roster, independent of how the roster was made. */
export function checkRoster(problem: RosterProblem, assignments: RosterAssignment[]): Violation[] {
  const lookup = rosterLookup(problem);
  const out: Violation[] = [];
  const bySeat = new Map<string, RosterAssignment[]>();
  const byPerson = new Map<string, Placement[]>();

  for (const a of assignments) {
    const seat = lookup.seat(a.seatId);
    const shift = seat && lookup.shift(seat.shiftId);
    const person = lookup.person(a.staffId);
    if (!seat || !shift) {
      out.push({ code: 'ROLE_MISMATCH', shiftId: '', seatId: a.seatId, staffId: a.staffId, text: msg('roster.violation.unknownSeat', { seat: a.seatId }) });
      continue;
    }
    bySeat.set(seat.id, [...(bySeat.get(seat.id) ?? []), a]);
    if (!person) {
      out.push({
        code: 'ROLE_MISMATCH',
        shiftId: shift.id,
        seatId: seat.id,
        staffId: a.staffId,
        text: msg('roster.violation.unknownPerson', { id: a.staffId, where: seatWhere(seat, shift) }),
      });
      continue;
    }
    out.push(...placementViolations(person, { seat, shift }));
    byPerson.set(person.id, [...(byPerson.get(person.id) ?? []), { seat, shift }]);
  }

  for (const seat of problem.seats) {
    const shift = lookup.shift(seat.shiftId)!;
    const held = bySeat.get(seat.id) ?? [];
    if (held.length === 0) {
      out.push({ code: 'SEAT_UNFILLED', shiftId: seat.shiftId, seatId: seat.id, staffId: null, text: msg('roster.violation.unfilled', { where: seatWhere(seat, shift) }) });
    }
    for (const extra of held.slice(1)) {
      const names = held.map((a) => lookup.person(a.staffId)?.name ?? a.staffId);
      out.push({ code: 'OVERLAP', shiftId: seat.shiftId, seatId: seat.id, staffId: extra.staffId, text: msg('roster.violation.manyHolders', { where: seatWhere(seat, shift), names }) });
    }
  }

  for (const [staffId, placements] of byPerson) {
    out.push(...scheduleViolations(lookup.person(staffId)!, placements, problem.rules));
  }

  for (const lock of problem.assignments.filter((a) => a.locked)) {
    if (assignments.some((a) => a.seatId === lock.seatId && a.staffId === lock.staffId)) continue;
    const seat = lookup.seat(lock.seatId);
    const shift = seat && lookup.shift(seat.shiftId);
    const name = lookup.person(lock.staffId)?.name ?? lock.staffId;
    const where = seat && shift ? seatWhere(seat, shift) : lock.seatId;
    out.push({ code: 'LOCK_BROKEN', shiftId: seat?.shiftId ?? '', seatId: lock.seatId, staffId: lock.staffId, text: msg('roster.violation.lockBroken', { name, where }) });
  }
  return out;
}

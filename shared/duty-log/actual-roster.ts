import { expandSeats, expandShifts } from '../plan/expand';
import type { PlanCore } from '../plan/schema';
import type { RosterAssignment, RosterSeat, RosterShift } from '../roster/problem';
import { pageOf } from './logged-plan';
import type { DutyLog, SeatRecord, ShiftLog } from './schema';

/**
 * expected: nothing recorded yet (counted as planned; "unconfirmed" once the shift has ended);
 * present, absent, replaced: as recorded in the log.
 */
export type SeatState = 'expected' | SeatRecord['status'];

export interface ActualSeat {
  seat: RosterSeat;
  /** Who the published roster has in the seat. */
  planned: string | null;
  /** Who held it: as recorded, else the planned holder. */
  actual: string | null;
  state: SeatState;
  checkedInAt: string | null;
  record: SeatRecord | null;
}

export interface ActualShift {
  shift: RosterShift;
  seats: ActualSeat[];
  page: ShiftLog | null;
}

function actualSeat(seat: RosterSeat, planned: string | null, record: SeatRecord | undefined): ActualSeat {
  if (!record) return { seat, planned, actual: planned, state: 'expected', checkedInAt: null, record: null };
  return { seat, planned, actual: record.staffId, state: record.status, checkedInAt: record.checkedInAt, record };
}

/**
 * The actual roster, shift by shift: the published seats with who really held them. The planned
 * roster is the published version's assignments, untouched.
 */
export function actualShifts(core: PlanCore, log: DutyLog): ActualShift[] {
  const shifts = expandShifts(core);
  const seats = expandSeats(core, shifts);
  const planned = new Map(core.assignments.map((a) => [a.seatId, a.staffId]));
  return shifts.map((shift) => {
    const page = pageOf(log, shift.id) ?? null;
    const records = new Map(page?.seats.map((r) => [r.seatId, r]));
    return {
      shift,
      page,
      seats: seats.filter((s) => s.shiftId === shift.id).map((seat) => actualSeat(seat, planned.get(seat.id) ?? null, records.get(seat.id))),
    };
  });
}

/** Who held which seat, as the checker, the timesheet and fairness read assignments. */
export function actualAssignments(core: PlanCore, log: DutyLog): RosterAssignment[] {
  return actualShifts(core, log).flatMap(({ seats }) => seats.flatMap((s) => (s.actual ? [{ seatId: s.seat.id, staffId: s.actual, locked: false }] : [])));
}

/**
 * The published version as it was actually worked: its assignments replaced by the actual ones,
 * and replacements from outside the plan added to its staff and participants (without leave), so
 * every function over a plan (timesheet, fairness, history, checker) reads what people did.
 */
export function actualCore(core: PlanCore, log: DutyLog): PlanCore {
  const outsiders = log.people.filter((p) => !core.staff.some((s) => s.id === p.id));
  return {
    ...core,
    staff: [...core.staff, ...outsiders],
    participants: [...core.participants, ...outsiders.map((p) => ({ staffId: p.id, leave: [], noNights: false, preferredDays: [], avoidedDays: [] }))],
    assignments: actualAssignments(core, log),
  };
}

/** Records the log keeps for seats the published plan no longer has (after re-publishing). */
export function vanishedSeatRecords(core: PlanCore, log: DutyLog): { page: ShiftLog; records: SeatRecord[] }[] {
  const shifts = expandShifts(core);
  const seatIds = new Set(expandSeats(core, shifts).map((s) => s.id));
  return log.shifts.flatMap((page) => {
    const records = page.seats.filter((r) => !seatIds.has(r.seatId));
    return records.length ? [{ page, records }] : [];
  });
}

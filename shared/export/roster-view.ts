import { expandSeats, expandShifts } from '../plan/expand';
import type { PlanCore } from '../plan/schema';
import type { RosterSeat, RosterShift } from '../roster/problem';
import type { StaffMember } from '../staff/schema';

export interface SeatView {
  seat: RosterSeat;
  /** Null for an empty seat, or one whose person is no longer in the plan's staff. */
  person: StaffMember | null;
}

export interface ShiftView {
  shift: RosterShift;
  seats: SeatView[];
}

/** The roster as every export reads it: each shift with its seats and who fills them. */
export function rosterView(core: PlanCore): ShiftView[] {
  const shifts = expandShifts(core);
  const seats = expandSeats(core, shifts);
  const staff = new Map(core.staff.map((s) => [s.id, s]));
  const holder = new Map(core.assignments.map((a) => [a.seatId, a.staffId]));
  return shifts.map((shift) => ({
    shift,
    seats: seats.filter((seat) => seat.shiftId === shift.id).map((seat) => ({ seat, person: staff.get(holder.get(seat.id) ?? '') ?? null })),
  }));
}

export const leadersOf = (view: ShiftView) => view.seats.filter((s) => s.seat.role === 'leader');
export const techniciansOf = (view: ShiftView) => view.seats.filter((s) => s.seat.role !== 'leader');

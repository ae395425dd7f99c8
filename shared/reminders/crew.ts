import { expandSeats, expandShifts } from '../plan/expand';
import type { PlanCore } from '../plan/schema';
import type { RosterSeat, RosterShift } from '../roster/problem';
import type { StaffMember } from '../staff/schema';
import { withPhone } from './wording';

export interface SeatHolder {
  seat: RosterSeat;
  /** null: nobody is assigned to the seat. */
  person: StaffMember | null;
}

/** A shift with who holds each of its seats. */
export interface Crew {
  shift: RosterShift;
  seats: SeatHolder[];
}

/** Every shift of a (published) plan with its people, in time order. */
export function crewsOf(plan: PlanCore): Crew[] {
  const shifts = expandShifts(plan);
  const seats = expandSeats(plan, shifts);
  const holder = new Map(plan.assignments.map((a) => [a.seatId, plan.staff.find((s) => s.id === a.staffId) ?? null]));
  return shifts.map((shift) => ({
    shift,
    seats: seats.filter((seat) => seat.shiftId === shift.id).map((seat) => ({ seat, person: holder.get(seat.id) ?? null })),
  }));
}

export const leadersOf = (crew: Crew) => crew.seats.filter((h) => h.seat.role === 'leader' && h.person).map((h) => h.person as StaffMember);
export const workersOf = (crew: Crew) => crew.seats.filter((h) => h.seat.role !== 'leader' && h.person).map((h) => h.person as StaffMember);

/** Who else is on the shift and who leads it, with phones, as told to one person of it. */
export function crewmates(crew: Crew, personId: string): { others: string[]; leaders: string[] } {
  const told = (p: StaffMember) => withPhone(p.fullName, p.phone);
  return {
    others: workersOf(crew)
      .filter((p) => p.id !== personId)
      .map(told),
    leaders: leadersOf(crew)
      .filter((p) => p.id !== personId)
      .map(told),
  };
}

import type { SeatKind } from '../plan/pattern';
import type { HistoryEntry, Rules, SpecialDayKind } from '../plan/schema';
import type { StaffRole } from '../staff/schema';

/**
 * The solver's view of a plan: concrete shifts and seats with epoch times and weights already
 * computed, so generation, checking and fairness never re-derive calendar facts.
 * Built from a Plan by `planToProblem` (shared/plan/expand.ts).
 */
export interface RosterShift {
  /** `${date}/${shiftTemplateId}`, date being the VN date on which the shift starts. */
  id: string;
  date: string;
  templateId: string;
  label: string;
  /** Epoch milliseconds; clipped to the duty window. */
  start: number;
  end: number;
  /**
   * Any of it is night work (Labour Code 2019 Art. 106, 22:00–06:00): "không trực đêm" refuses it.
   * Decided once by plan expansion with shared/plan/night-work.ts.
   */
  night: boolean;
  /**
   * The nights the shift overlaps, each named by the VN date of its evening: 02:00–08:00 on 07/02
   * belongs to the night of 06/02. Consecutive nights are counted over these. When absent (a
   * problem built by hand), `shiftNightDates` derives them from the times.
   */
  nightDates?: string[];
  /** Minutes between 22:00 and 06:00. */
  nightMinutes?: number;
  /** Special days the shift touches (Giao thừa, Mùng 1, holiday …). */
  specialKinds: SpecialDayKind[];
  /** Product of the plan's weights that apply (night × holiday × Giao thừa/Mùng 1). */
  weight: number;
}

export interface RosterSeat {
  /** `${shiftId}/${seatTemplateId}`. */
  id: string;
  shiftId: string;
  templateId: string;
  label: string;
  role: StaffRole;
  /** The id of the skill the seat needs, as staff records and the plan hold it. */
  skill: string | null;
  /**
   * The skill's name in Settings' list ("An toàn thông tin / SOC"), what checks and explanations
   * print; null when the seat needs no skill, or when the list no longer has the id (deleted).
   */
  skillName: string | null;
  kind: SeatKind;
  /** The shift's weight times the standby factor for standby seats. */
  weight: number;
}

export interface RosterPerson {
  id: string;
  name: string;
  roles: StaffRole[];
  skills: string[];
  /** Away ranges in epoch milliseconds, [start, end). */
  leave: { start: number; end: number; reason: string }[];
  noNights: boolean;
  preferredDays: string[];
  avoidedDays: string[];
  history: HistoryEntry | null;
}

export interface RosterAssignment {
  seatId: string;
  staffId: string;
  locked: boolean;
}

export interface RosterProblem {
  windowStart: number;
  windowEnd: number;
  shifts: RosterShift[];
  seats: RosterSeat[];
  people: RosterPerson[];
  rules: Rules;
  /** Current assignments; locked ones must be kept as they are. */
  assignments: RosterAssignment[];
}

import type { PlanCore } from '../plan/schema';
import { actualShifts, type ActualSeat } from './actual-roster';
import { checkCompletion, shiftChecks, type CheckCompletion, type CheckState } from './checks';
import { incomingHandover, signers } from './handover';
import { incidentsOnShift } from './incidents';
import { pageOf, pageShifts, type PageShift } from './logged-plan';
import type { DutyLog, Handover, Incident, LogNote, SeatRecord } from './schema';

export type Timing = 'past' | 'current' | 'future';

export const timingOf = (shift: Pick<PageShift, 'start' | 'end'>, now: number): Timing => (now >= shift.end ? 'past' : now >= shift.start ? 'current' : 'future');

/** One page of the log as it is read: the crew planned and actual, checks, notes, incidents, handovers. */
export interface ShiftPageView {
  shift: PageShift;
  timing: Timing;
  /** The published seats with who held them; empty for a vanished shift. */
  seats: ActualSeat[];
  /** What was recorded for seats the published plan no longer has (or for a vanished shift). */
  vanishedSeats: SeatRecord[];
  checks: CheckState[];
  completion: CheckCompletion;
  notes: LogNote[];
  incidents: Incident[];
  handover: Handover | null;
  /** What the previous shift handed over to this one. */
  incoming: { from: PageShift; handover: Handover } | null;
  /** Who may sign this shift's handover. */
  signers: string[];
}

export function shiftPages(core: PlanCore, log: DutyLog, now: number): ShiftPageView[] {
  const shifts = pageShifts(core, log);
  const actual = new Map(actualShifts(core, log).map((s) => [s.shift.id, s]));
  return shifts.map((shift) => {
    const page = pageOf(log, shift.id);
    const worked = actual.get(shift.id);
    const seatIds = new Set(worked?.seats.map((s) => s.seat.id));
    return {
      shift,
      timing: timingOf(shift, now),
      seats: worked?.seats ?? [],
      vanishedSeats: page?.seats.filter((r) => !seatIds.has(r.seatId)) ?? [],
      checks: shiftChecks(log, shift, page),
      completion: checkCompletion(log, shift, page, now),
      notes: page?.notes ?? [],
      incidents: incidentsOnShift(log, shift),
      handover: page?.handover ?? null,
      incoming: incomingHandover(shifts, log, shift),
      signers: worked ? signers(worked) : [],
    };
  });
}

export function shiftPage(core: PlanCore, log: DutyLog, shiftId: string, now: number): ShiftPageView | undefined {
  return shiftPages(core, log, now).find((p) => p.shift.id === shiftId);
}

/** The shifts running now (more than one where custom shifts overlap), else none. */
export function currentShifts(shifts: readonly PageShift[], now: number): PageShift[] {
  return shifts.filter((s) => !s.vanished && s.start <= now && now < s.end);
}

/** The page the "now" view opens: the running shift that started last, else the next one, else the last. */
export function nowShift(shifts: readonly PageShift[], now: number): PageShift | null {
  const live = shifts.filter((s) => !s.vanished);
  return currentShifts(live, now).at(-1) ?? live.find((s) => s.start > now) ?? live.at(-1) ?? null;
}

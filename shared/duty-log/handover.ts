import type { ActualShift } from './actual-roster';
import type { PlanCore } from '../plan/schema';
import { pageOf, pageShifts, type PageShift } from './logged-plan';
import type { DutyLog, Handover } from './schema';

/**
 * The shift that hands over to `shift`: the latest one to start before it. With 3 × 8 that is
 * the shift ending as it starts; with overlapping custom shifts, the one still running.
 */
export function previousShift(shifts: readonly PageShift[], shift: Pick<PageShift, 'id' | 'start'>): PageShift | null {
  let previous: PageShift | null = null;
  for (const s of shifts) if (!s.vanished && s.start < shift.start && (!previous || s.start > previous.start)) previous = s;
  return previous;
}

/** What the previous shift handed over to this one, once written. */
export function incomingHandover(shifts: readonly PageShift[], log: DutyLog, shift: Pick<PageShift, 'id' | 'start'>): { from: PageShift; handover: Handover } | null {
  const from = previousShift(shifts, shift);
  const handover = from && pageOf(log, from.id)?.handover;
  return from && handover ? { from, handover } : null;
}

/** The handover as the next shift's reminder says it. */
export const handoverLine = (handover: Pick<Handover, 'text'>) => `Ca trước bàn giao: ${handover.text}`;

/** Who may sign a shift's handover: its leaders as actually on duty, or its whole crew when it has no leader seat. */
export function signers(shift: ActualShift): string[] {
  const leaders = shift.seats.filter((s) => s.seat.role === 'leader');
  return [...new Set((leaders.length ? leaders : shift.seats).flatMap((s) => (s.actual && s.state !== 'absent' ? [s.actual] : [])))];
}

/** For the reminders: each shift that has been handed a note, with the line its reminders carry. */
export function handoverLines(core: PlanCore, log: DutyLog): Map<string, string> {
  const shifts = pageShifts(core, log);
  const lines = new Map<string, string>();
  for (const shift of shifts) {
    const incoming = incomingHandover(shifts, log, shift);
    if (incoming && !shift.vanished) lines.set(shift.id, handoverLine(incoming.handover));
  }
  return lines;
}

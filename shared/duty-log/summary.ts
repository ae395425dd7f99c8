import { timesheet, type TimesheetEntry } from '../export/timesheet';
import type { PlanCore } from '../plan/schema';
import { actualCore } from './actual-roster';
import { currentStatus } from './incidents';
import { shiftPages, type ShiftPageView } from './shift-page';
import { INCIDENT_STATUSES, SEVERITIES, type DutyLog, type IncidentKind, type IncidentStatus, type Severity } from './schema';

/** How one shift's seats were held, planned against actual. */
export interface ShiftTally {
  shiftId: string;
  /** Staff ids as published, seat by seat (null: no one planned). */
  planned: (string | null)[];
  /** Staff ids who actually held the seats (the planned holder where nothing was recorded). */
  actual: (string | null)[];
  present: number;
  replaced: number;
  absent: number;
  /** Nothing recorded and the shift has ended: counted as planned but not confirmed. */
  unconfirmed: number;
  /** Nothing recorded yet and the shift has not ended. */
  expected: number;
}

/**
 * The figures of a duty log, for the screen, the CLI, and the paperwork after the holiday (the
 * incident notices and the report must give the same numbers as the log: they read these).
 */
export interface DutyLogSummary {
  shifts: { total: number; ended: number; vanished: number };
  seats: { planned: number; unfilled: number; present: number; replaced: number; absent: number; unconfirmed: number; expected: number };
  perShift: ShiftTally[];
  checks: { done: number; owed: number; shiftsWithMissing: number };
  incidents: { total: number; byStatus: Record<IncidentStatus, number>; bySeverity: Record<Severity, number>; byKind: Partial<Record<IncidentKind, number>> };
  /** The timesheet of the published roster and of the actual one: the same function over each. */
  timesheet: { planned: TimesheetEntry[]; actual: TimesheetEntry[] };
}

function tally(page: ShiftPageView): ShiftTally {
  const count = (state: string) => page.seats.filter((s) => s.state === state).length;
  // A seat published empty that nobody took is unfilled, not awaited.
  const expected = page.seats.filter((s) => s.state === 'expected' && s.planned !== null).length;
  const ended = page.timing === 'past';
  return {
    shiftId: page.shift.id,
    planned: page.seats.map((s) => s.planned),
    actual: page.seats.map((s) => s.actual),
    present: count('present'),
    replaced: count('replaced'),
    absent: count('absent'),
    unconfirmed: ended ? expected : 0,
    expected: ended ? 0 : expected,
  };
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function dutyLogSummary(core: PlanCore, log: DutyLog, now: number): DutyLogSummary {
  const pages = shiftPages(core, log, now);
  const live = pages.filter((p) => !p.shift.vanished);
  const perShift = live.map(tally);
  const sum = (key: keyof Omit<ShiftTally, 'shiftId' | 'planned' | 'actual'>) => perShift.reduce((n, t) => n + t[key], 0);
  const byStatus = zeros(INCIDENT_STATUSES);
  const bySeverity = zeros(SEVERITIES);
  const byKind: Partial<Record<IncidentKind, number>> = {};
  for (const incident of log.incidents) {
    byStatus[currentStatus(incident)]++;
    bySeverity[incident.severity]++;
    byKind[incident.kind] = (byKind[incident.kind] ?? 0) + 1;
  }
  // Checks are owed by shifts that have started: a future shift owes nothing yet.
  const started = live.filter((p) => p.timing !== 'future');
  return {
    shifts: { total: live.length, ended: live.filter((p) => p.timing === 'past').length, vanished: pages.length - live.length },
    seats: {
      planned: perShift.reduce((n, t) => n + t.planned.filter(Boolean).length, 0),
      unfilled: perShift.reduce((n, t) => n + t.planned.filter((p) => !p).length, 0),
      present: sum('present'),
      replaced: sum('replaced'),
      absent: sum('absent'),
      unconfirmed: sum('unconfirmed'),
      expected: sum('expected'),
    },
    perShift,
    checks: {
      done: started.reduce((n, p) => n + p.completion.done, 0),
      owed: started.reduce((n, p) => n + p.completion.total, 0),
      shiftsWithMissing: started.filter((p) => p.completion.overdue).length,
    },
    incidents: { total: log.incidents.length, byStatus, bySeverity, byKind },
    timesheet: { planned: timesheet(core), actual: timesheet(actualCore(core, log)) },
  };
}

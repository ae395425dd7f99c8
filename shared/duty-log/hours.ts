import type { DutyLogSummary } from './summary';
import { kindMinutes, nightMinutes, totalMinutes, type TimesheetEntry } from '../export/timesheet';

/** One person's hours, planned (published roster) and actual (the duty log's actual roster): the timesheet view and the after-holiday report. */
export interface HoursRow {
  staffId: string;
  name: string;
  shifts: number;
  plannedMinutes: number;
  actualMinutes: number;
  nightMinutes: number;
  holidayMinutes: number;
}

export function hoursRows(summary: Pick<DutyLogSummary, 'timesheet'>): HoursRow[] {
  const planned = new Map(summary.timesheet.planned.map((e) => [e.person.id, e]));
  const actual = new Map(summary.timesheet.actual.map((e) => [e.person.id, e]));
  const people = [...new Map([...summary.timesheet.planned, ...summary.timesheet.actual].map((e) => [e.person.id, e.person])).values()];
  const of = (e: TimesheetEntry | undefined, f: (e: TimesheetEntry) => number) => (e ? f(e) : 0);
  return people.map((person) => {
    const a = actual.get(person.id);
    return {
      staffId: person.id,
      name: person.fullName,
      shifts: a?.shifts ?? 0,
      plannedMinutes: of(planned.get(person.id), totalMinutes),
      actualMinutes: of(a, totalMinutes),
      nightMinutes: of(a, nightMinutes),
      holidayMinutes: of(a, (e) => kindMinutes(e, 'holiday')),
    };
  });
}

/** The hours of every row together, the report's "Tổng cộng" and the dialog's figures. */
export const hoursTotal = (rows: readonly HoursRow[], key: Exclude<keyof HoursRow, 'staffId' | 'name'>) => rows.reduce((n, r) => n + r[key], 0);

import { dayKindsOf, type DayKind } from '../calendar/day-kind';
import { splitDayNight } from '../plan/night-work';
import { fromWallMinutes, wallMinutes } from '../plan/wall-clock';
import type { PlanCore } from '../plan/schema';
import { PAY_CLASSES, payClassOf, type PayClass, type PayRule } from '../settings/pay-rule';
import type { StaffMember } from '../staff/schema';
import { epochToVn } from '../time/zone';
import { rosterView } from './roster-view';

export interface TimesheetEntry {
  person: StaffMember;
  shifts: number;
  /**
   * Minutes per pay class: the kind of day (ordinary, weekly rest, holiday, compensatory) × day or
   * night (22:00–06:00). A night crossing midnight into another kind of day is cut at 00:00.
   */
  minutes: Record<PayClass, number>;
  /** Of the total, minutes on standby seats (trực chờ: on call, not on site), which units often pay differently. */
  standby: number;
}

const noMinutes = () => Object.fromEntries(PAY_CLASSES.map((c) => [c, 0])) as Record<PayClass, number>;

export const totalMinutes = (e: TimesheetEntry) => PAY_CLASSES.reduce((sum, c) => sum + e.minutes[c], 0);
/** Minutes at night (22:00–06:00), whatever the kind of day. */
export const nightMinutes = (e: TimesheetEntry) => PAY_CLASSES.reduce((sum, c) => sum + (c.endsWith('.night') ? e.minutes[c] : 0), 0);
/** Minutes on one kind of day, day and night. */
export const kindMinutes = (e: TimesheetEntry, kind: DayKind) => e.minutes[`${kind}.day`] + e.minutes[`${kind}.night`];

/**
 * Hours weighted by the unit's percentages, Σ (% × hours) ÷ 100: the figure payroll multiplies by
 * the hourly wage. Summed in the order of PAY_CLASSES, as the workbook's SUMPRODUCT does.
 */
export const weightedHours = (e: TimesheetEntry, rule: PayRule) => PAY_CLASSES.reduce((sum, c) => sum + (rule.percent[c] ?? 0) * (e.minutes[c] / 60), 0) / 100;

const toWall = (epoch: number) => wallMinutes(epochToVn(epoch));

/** Each person's duty time in the plan by pay class, in the order of the plan's staff. */
export function timesheet(core: PlanCore): TimesheetEntry[] {
  const kindOf = dayKindsOf(core);
  const entries = new Map<string, TimesheetEntry>();
  for (const { shift, seats } of rosterView(core)) {
    const split = splitDayNight(toWall(shift.start), toWall(shift.end)).map((p) => ({ minutes: p.end - p.start, payClass: payClassOf(kindOf(fromWallMinutes(p.start).slice(0, 10)), p.night) }));
    for (const { seat, person } of seats) {
      if (!person) continue;
      const entry = entries.get(person.id) ?? { person, shifts: 0, minutes: noMinutes(), standby: 0 };
      entry.shifts += 1;
      for (const { minutes, payClass } of split) {
        entry.minutes[payClass] += minutes;
        if (seat.kind === 'standby') entry.standby += minutes;
      }
      entries.set(person.id, entry);
    }
  }
  return core.staff.flatMap((s) => entries.get(s.id) ?? []);
}

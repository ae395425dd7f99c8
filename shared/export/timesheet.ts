import { splitDayNight } from '../plan/night-work';
import { wallMinutes } from '../plan/wall-clock';
import type { PlanCore } from '../plan/schema';
import type { StaffMember } from '../staff/schema';
import { addDays } from '../time/local';
import { epochToVn } from '../time/zone';
import { rosterView } from './roster-view';

export interface TimesheetEntry {
  person: StaffMember;
  shifts: number;
  /** Minutes, split as overtime and holiday pay are computed (Art. 98): day/night × ordinary/holiday. */
  dayOrdinary: number;
  nightOrdinary: number;
  dayHoliday: number;
  nightHoliday: number;
  /** Of the total, minutes on standby seats (on call, not on site), which units often pay differently. */
  standby: number;
}

export const totalMinutes = (e: TimesheetEntry) => e.dayOrdinary + e.nightOrdinary + e.dayHoliday + e.nightHoliday;

/** The VN dates that are days off: the holiday's official period and any day marked as a holiday. */
function holidayDates(core: Pick<PlanCore, 'holiday' | 'specialDays'>): Set<string> {
  const dates = new Set(core.specialDays.filter((d) => d.kind === 'holiday' || d.kind === 'gio-to').map((d) => d.date));
  if (core.holiday) {
    for (let d = core.holiday.daysOff.first; d <= core.holiday.daysOff.last; d = addDays(d, 1)) dates.add(d);
  }
  return dates;
}

const toWall = (epoch: number) => wallMinutes(epochToVn(epoch));
const dateOf = (minutes: number) => new Date(minutes * 60_000).toISOString().slice(0, 10);

/** Each person's duty time in the plan, in the order of the plan's staff. */
export function timesheet(core: PlanCore): TimesheetEntry[] {
  const holidays = holidayDates(core);
  const entries = new Map<string, TimesheetEntry>();
  for (const { shift, seats } of rosterView(core)) {
    for (const { seat, person } of seats) {
      if (!person) continue;
      const entry = entries.get(person.id) ?? { person, shifts: 0, dayOrdinary: 0, nightOrdinary: 0, dayHoliday: 0, nightHoliday: 0, standby: 0 };
      entry.shifts += 1;
      for (const piece of splitDayNight(toWall(shift.start), toWall(shift.end))) {
        const minutes = piece.end - piece.start;
        const night = piece.night;
        const holiday = holidays.has(dateOf(piece.start));
        const bucket = holiday ? (night ? 'nightHoliday' : 'dayHoliday') : night ? 'nightOrdinary' : 'dayOrdinary';
        entry[bucket] += minutes;
        if (seat.kind === 'standby') entry.standby += minutes;
      }
      entries.set(person.id, entry);
    }
  }
  return core.staff.flatMap((s) => entries.get(s.id) ?? []);
}

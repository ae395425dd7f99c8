import type { RosterShift } from '../roster/problem';
import { epochToVn } from '../time/zone';
import { MINUTES_PER_DAY, fromWallMinutes, overlap, wallMinutes } from './wall-clock';

/**
 * Night work as the Labour Code 2019 defines it (Art. 106): from 22:00 to 06:00 the next morning.
 * This module is the one definition: plan expansion decides each shift's night-ness with it once
 * (`RosterShift.night`, `nightDates`, `nightMinutes`), and the checker, the generator, the seat
 * picker and the fairness figures read those fields; the timesheet splits duty time with
 * `splitDayNight`.
 *
 * - A *night* is one 22:00–06:00 span, named by the date of its evening: the night of 06/02 runs
 *   from 22:00 on 06/02 to 06:00 on 07/02, so a shift starting at 02:00 on 07/02 belongs to it.
 * - A shift with any minute in a night is night work ("không trực đêm" refuses it) and belongs to
 *   every night it overlaps; consecutive nights are counted over those nights, not start dates.
 * - Its night weight grows with its night minutes: a whole night (480 min) earns the plan's full
 *   night factor, whatever the shift's length (`nightWeightFactor`).
 *
 * Times are Vietnam wall-clock minutes (see wall-clock.ts).
 */
export const NIGHT_START = 22 * 60;
export const NIGHT_END = 6 * 60;
/** Minutes in one night. */
export const NIGHT_MINUTES = MINUTES_PER_DAY - NIGHT_START + NIGHT_END;

export interface NightOverlap {
  /** `YYYY-MM-DD` of the evening the night begins. */
  date: string;
  minutes: number;
}

/** The nights [start, end) overlaps, earliest first, with the minutes spent in each. */
export function nightsOverlapped(start: number, end: number): NightOverlap[] {
  const out: NightOverlap[] = [];
  // The night of the day before `start` may still be running at `start`.
  for (let day = Math.floor(start / MINUTES_PER_DAY) - 1; day * MINUTES_PER_DAY + NIGHT_START < end; day++) {
    const nightStart = day * MINUTES_PER_DAY + NIGHT_START;
    const minutes = overlap(start, end, nightStart, nightStart + NIGHT_MINUTES);
    if (minutes > 0) out.push({ date: fromWallMinutes(day * MINUTES_PER_DAY).slice(0, 10), minutes });
  }
  return out;
}

/** Minutes of [start, end) between 22:00 and 06:00. */
export function nightMinutes(start: number, end: number): number {
  return nightsOverlapped(start, end).reduce((sum, n) => sum + n.minutes, 0);
}

export interface DayNightPiece {
  start: number;
  end: number;
  night: boolean;
}

/** [start, end) cut at 06:00, 22:00 and midnight, so each piece is wholly day or night and on one date. */
export function splitDayNight(start: number, end: number): DayNightPiece[] {
  const out: DayNightPiece[] = [];
  for (let at = start; at < end;) {
    const midnight = Math.floor(at / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    const next = Math.min(
      end,
      [midnight + NIGHT_END, midnight + NIGHT_START, midnight + MINUTES_PER_DAY].find((b) => b > at)!,
    );
    const ofDay = at - midnight;
    out.push({ start: at, end: next, night: ofDay < NIGHT_END || ofDay >= NIGHT_START });
    at = next;
  }
  return out;
}

/**
 * The multiplier night work adds to a shift's weight: 1 + (factor − 1) × the share of a whole
 * night it covers. A 22:00–06:00 shift, a 19:30–07:30 shift and a 24 h shift each cover a whole
 * night and get the full factor; 00:00–06:00 gets three quarters of the extra, a first shift
 * clipped to 22:00–23:00 an eighth, a day shift none. Night pay is per hour of night work
 * (Art. 98), so a shift's weight follows its night hours, not its length or label.
 */
export function nightWeightFactor(minutesAtNight: number, factor: number): number {
  return 1 + ((factor - 1) * Math.min(minutesAtNight, NIGHT_MINUTES)) / NIGHT_MINUTES;
}

/**
 * The nights a shift of the roster problem belongs to. Expanded plans carry them
 * (`shift.nightDates`); for a problem built by hand with only the `night` flag, they are derived
 * from its times, and a shift flagged night whose times miss every night counts as the night of
 * its date. A shift not flagged night belongs to none.
 */
export function shiftNightDates(shift: Pick<RosterShift, 'night' | 'nightDates' | 'start' | 'end' | 'date'>): string[] {
  if (!shift.night) return [];
  if (shift.nightDates) return shift.nightDates;
  const nights = nightsOverlapped(wallMinutes(epochToVn(shift.start)), wallMinutes(epochToVn(shift.end))).map((n) => n.date);
  return nights.length ? nights : [shift.date];
}

import { vnToEpoch } from '../time/zone';

/**
 * Shift arithmetic in Vietnam wall-clock minutes (minutes since 1970-01-01T00:00 on a VN clock).
 * Patterns are written in wall-clock time and compared with dates the user sees, so this is the
 * natural unit; epochs are derived only at the end, through the zone module.
 */
export const MINUTES_PER_DAY = 24 * 60;

/** `HH:mm` → minutes since midnight. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Minutes since midnight (any integer, wrapped to one day) → `HH:mm`. */
export function formatMinutesOfDay(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD` (midnight) → wall-clock minutes. */
export function wallMinutes(local: string): number {
  const ms = Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)));
  return ms / 60_000 + (local.length > 10 ? minutesOfDay(local.slice(11, 16)) : 0);
}

/** Wall-clock minutes → `YYYY-MM-DDTHH:mm`. */
export function fromWallMinutes(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

export function wallToEpoch(minutes: number): number {
  return vnToEpoch(fromWallMinutes(minutes));
}

/** Length of the overlap of [aStart, aEnd) and [bStart, bEnd), 0 when they do not meet. */
export function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

import type { Clock } from '../../electron/services/adapters';

// No test reads the wall clock: holidays, duty windows and reminders are all relative to a date, and a
// test that passes today must pass next year. Both clocks here start at a fixed instant.

export const DEFAULT_NOW = '2026-01-10T02:00:00.000Z';

export interface FakeClock extends Clock {
  set(at: string | Date): void;
  advance(ms: number): void;
}

export function fakeClock(start: string | Date = DEFAULT_NOW): FakeClock {
  let current = new Date(start);
  return {
    // A copy, so a service that mutates the Date it got cannot move the test's time.
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * A clock that starts at a fixed instant and then runs at real speed, for tests where real timers
 * must fire (the browser tests' services, whose page runs on Playwright's clock from the same instant).
 * It reads only elapsed monotonic time, never the date.
 */
export function tickingClock(start: string | Date): Clock & { origin: Date } {
  const origin = new Date(start);
  const t0 = performance.now();
  return { origin, now: () => new Date(origin.getTime() + Math.round(performance.now() - t0)) };
}

/** Epoch milliseconds of a Vietnam wall-clock time (UTC+7, no daylight saving). */
export function vn(local: string): number {
  return Date.parse(`${local}:00+07:00`);
}

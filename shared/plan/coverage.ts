import { msg, type Message } from '../i18n/message';
import type { DutyWindow } from './schema';
import type { ShiftPattern, ShiftTemplate } from './pattern';
import { MINUTES_PER_DAY, formatMinutesOfDay, fromWallMinutes, minutesOfDay, wallMinutes } from './wall-clock';

export type CoverageProblem =
  | { kind: 'gap'; from: string; to: string; message: Message }
  | { kind: 'overlap'; shiftIds: [string, string]; from: string; to: string; message: Message }
  | { kind: 'duplicate-id'; shiftIds: [string, string]; message: Message };

function covers(template: ShiftTemplate, minute: number): boolean {
  const start = minutesOfDay(template.start);
  let length = minutesOfDay(template.end) - start;
  if (length <= 0) length += MINUTES_PER_DAY;
  return (minute - start + MINUTES_PER_DAY) % MINUTES_PER_DAY < length;
}

/** Runs of minutes of the day where `holds` is true, joined across midnight; [from, to) with to ≤ from + 1440. */
function runs(holds: (minute: number) => boolean): [number, number][] {
  const found: [number, number][] = [];
  for (let m = 0; m < MINUTES_PER_DAY; m++) {
    if (!holds(m)) continue;
    const last = found.at(-1);
    if (last && last[1] === m) last[1] = m + 1;
    else found.push([m, m + 1]);
  }
  const first = found[0];
  const last = found.at(-1);
  if (first && last && found.length > 1 && first[0] === 0 && last[1] === MINUTES_PER_DAY) {
    found.shift();
    last[1] = MINUTES_PER_DAY + first[1];
  }
  return found;
}

function span([from, to]: [number, number]): { from: string; to: string; words: Message } {
  const times = { from: formatMinutesOfDay(from), to: formatMinutesOfDay(to) };
  return { ...times, words: to - from >= MINUTES_PER_DAY ? msg('setup.problem.allDay') : msg('setup.problem.span', times) };
}

const nameOf = (t: ShiftTemplate) => t.label || t.id;

/**
 * Where a day's pattern does not cover the 24 hours exactly once: gaps, overlapping shifts, and two
 * shifts with one id (seats are named after shift ids). Empty when the pattern is sound.
 */
export function patternCoverage(pattern: ShiftPattern): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const shifts = pattern.shifts;
  for (const run of runs((m) => !shifts.some((t) => covers(t, m)))) {
    const s = span(run);
    problems.push({ kind: 'gap', from: s.from, to: s.to, message: msg('setup.problem.gap', { span: s.words }) });
  }
  shifts.forEach((a, i) =>
    shifts.slice(i + 1).forEach((b) => {
      if (a.id === b.id) problems.push({ kind: 'duplicate-id', shiftIds: [a.id, b.id], message: msg('setup.problem.sameId', { id: a.id }) });
      for (const run of runs((m) => covers(a, m) && covers(b, m))) {
        const s = span(run);
        problems.push({
          kind: 'overlap',
          shiftIds: [a.id, b.id],
          from: s.from,
          to: s.to,
          message: msg('setup.problem.shiftsOverlap', { first: nameOf(a), second: nameOf(b), span: s.words }),
        });
      }
    }),
  );
  return problems;
}

/** Shift boundaries of the day before, the day of and the day after a moment. */
function boundariesAround(at: number, boundaries: readonly number[]): number[] {
  const day = Math.floor(at / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  return [-MINUTES_PER_DAY, 0, MINUTES_PER_DAY].flatMap((d) => boundaries.map((b) => day + d + b));
}

/** The last shift boundary at or before a moment, or the first at or after it. */
function snap(local: string, boundaries: readonly number[], side: 'at-or-before' | 'at-or-after'): number {
  const at = wallMinutes(local);
  const around = boundariesAround(at, boundaries);
  return side === 'at-or-before' ? Math.max(...around.filter((c) => c <= at)) : Math.min(...around.filter((c) => c >= at));
}

/**
 * The one-click fix for clipped first and last shifts: widens the window to the shift boundaries
 * around it, so every shift is whole and no part of the window is left without one (the nearest
 * boundary could end a 07:30 window at 06:00 and leave 06:00–07:30 uncovered).
 */
export function snapWindowToShifts(window: DutyWindow, pattern: ShiftPattern): DutyWindow {
  const boundaries = [...new Set(pattern.shifts.flatMap((t) => [minutesOfDay(t.start), minutesOfDay(t.end)]))];
  return { start: fromWallMinutes(snap(window.start, boundaries, 'at-or-before')), end: fromWallMinutes(snap(window.end, boundaries, 'at-or-after')) };
}

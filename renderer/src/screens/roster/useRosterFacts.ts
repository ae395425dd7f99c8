import { useMemo } from 'react';
import { diffVersions } from '../../../../shared/plan/diff';
import type { PublishedVersion } from '../../../../shared/plan/schema';
import type { Assignments } from '../../../../shared/roster/edit';
import { fairnessReport } from '../../../../shared/roster/fairness';
import { seatsOfDay } from '../../../../shared/roster/grid';
import type { RosterAssignment } from '../../../../shared/roster/problem';
import type { RosterModel } from './useRosterModel';
import { useSeatIssues } from './useSeatIssues';

/**
 * What the editor shows of the roster being edited, worked out again on each edit: its violations
 * (checked where the edit changed something, edit-checker.ts) and each seat's, fairness, who holds
 * each seat, the days whose seats are all locked, and whether it differs from the published version.
 */
export function useRosterFacts({ problem, grid, check }: RosterModel, assignments: Assignments, latest: PublishedVersion | undefined) {
  const violations = useMemo(() => check(assignments), [check, assignments]);
  const issues = useSeatIssues(violations);
  const fairness = useMemo(() => fairnessReport(problem, [...assignments]), [problem, assignments]);
  const holders = useMemo(() => new Map<string, RosterAssignment>(assignments.map((a) => [a.seatId, a])), [assignments]);
  const shiftCounts = useMemo(() => new Map(fairness.people.map((p) => [p.staffId, p.shifts])), [fairness]);
  const lockedDays = useMemo(
    () =>
      new Set(
        grid.rows
          .filter((row) => {
            const held = seatsOfDay(grid, row.date).flatMap((id) => holders.get(id) ?? []);
            return held.length > 0 && held.every((a) => a.locked);
          })
          .map((row) => row.date),
      ),
    [grid, holders],
  );
  const changedSincePublished = useMemo(() => !!latest && diffVersions(latest.plan, { ...latest.plan, assignments: [...assignments] }).seats.length > 0, [latest, assignments]);
  const unfilled = violations.filter((v) => v.code === 'SEAT_UNFILLED').length;
  return { violations, issues, fairness, holders, shiftCounts, lockedDays, changedSincePublished, unfilled };
}

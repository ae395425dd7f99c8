import { useMemo, useRef } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import { issuesBySeat } from '../../../../shared/roster/seat-issues';

/** Each seat's violations; a seat an edit did not touch keeps its list, so its line of the grid is not drawn again. */
export function useSeatIssues(violations: readonly Violation[]): ReadonlyMap<string, Violation[]> {
  const previous = useRef<ReadonlyMap<string, Violation[]> | undefined>(undefined);
  return useMemo(() => {
    const issues = issuesBySeat(violations, previous.current);
    previous.current = issues;
    return issues;
  }, [violations]);
}

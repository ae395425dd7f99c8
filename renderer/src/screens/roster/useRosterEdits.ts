import { useCallback, useReducer, useRef } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import type { Assignments } from '../../../../shared/roster/edit';
import { introducedViolations } from '../../../../shared/roster/seat-issues';
import { PERF, markStart } from './perf';
import { rosterCanRedo, rosterCanUndo, rosterReducer, startRoster, type Roster, type RosterAction } from './roster-state';

/**
 * The roster being edited (assignments and seed), with undo over both (roster-state.ts). An edit that
 * would break a hard rule waits for the user's confirmation (`pending`); once confirmed it is applied
 * and its violations stay listed.
 */
export function useRosterEdits(initial: Roster, check: (a: Assignments) => Violation[]) {
  const [state, dispatch] = useReducer(rosterReducer, initial, startRoster);
  const present = useRef(state.history.present.assignments);
  present.current = state.history.present.assignments;

  // Each edit is timed from the user's action, checking the proposal included, to the commit.
  const apply = useCallback((action: RosterAction, timed = true) => {
    if (timed) markStart(PERF.edit);
    dispatch(action);
  }, []);

  /** Applies `edit` to the current roster, asking first when it adds a violation; says which happened. */
  const propose = useCallback(
    (edit: (current: Assignments) => Assignments): 'unchanged' | 'applied' | 'pending' => {
      markStart(PERF.edit);
      const current = present.current;
      const next = edit(current);
      if (next === current) return 'unchanged';
      const added = introducedViolations(check(current), check(next));
      if (added.length) {
        dispatch({ type: 'ask', edit: { next, violations: added } });
        return 'pending';
      }
      apply({ type: 'edit', next }, false);
      return 'applied';
    },
    [check, apply],
  );

  const { assignments, seed } = state.history.present;
  return {
    assignments,
    seed,
    canUndo: rosterCanUndo(state),
    canRedo: rosterCanRedo(state),
    pending: state.pending,
    propose,
    /** Replaces the roster and its seed without asking: a generated one, checked by the generator itself. */
    generated: useCallback((roster: Roster) => apply({ type: 'generated', roster }), [apply]),
    confirm: useCallback(() => apply({ type: 'confirm' }), [apply]),
    dismiss: useCallback(() => dispatch({ type: 'dismiss' }), []),
    undo: useCallback(() => apply({ type: 'undo' }), [apply]),
    redo: useCallback(() => apply({ type: 'redo' }), [apply]),
  };
}

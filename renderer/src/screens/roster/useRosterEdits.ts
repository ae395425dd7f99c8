import { useCallback, useReducer, useRef, useState } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import type { Assignments } from '../../../../shared/roster/edit';
import { introducedViolations } from '../../../../shared/roster/seat-issues';
import { canRedo, canUndo, startHistory, undoReducer, type UndoAction } from '../../../../shared/roster/undo-history';
import { PERF, markStart } from './perf';

export interface PendingEdit {
  next: Assignments;
  violations: Violation[];
}

/**
 * The roster being edited, with undo. An edit that would break a hard rule waits for the user's
 * confirmation (`pending`); once confirmed it is applied and its violations stay listed.
 */
export function useRosterEdits(initial: Assignments, check: (a: Assignments) => Violation[]) {
  const [history, dispatch] = useReducer(undoReducer<Assignments>, initial, startHistory);
  const [pending, setPending] = useState<PendingEdit | null>(null);
  const present = useRef(history.present);
  present.current = history.present;
  const waiting = useRef(pending);
  waiting.current = pending;

  // Each edit is timed from the user's action, checking the proposal included, to the commit.
  const apply = useCallback((action: UndoAction<Assignments>, timed = true) => {
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
        setPending({ next, violations: added });
        return 'pending';
      }
      apply({ type: 'do', next }, false);
      return 'applied';
    },
    [check, apply],
  );

  return {
    assignments: history.present,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    pending,
    propose,
    /** Replaces the roster without asking: a generated one, checked by the generator itself. */
    replace: useCallback((next: Assignments) => apply({ type: 'do', next }), [apply]),
    confirm: useCallback(() => {
      const edit = waiting.current;
      setPending(null);
      if (edit) apply({ type: 'do', next: edit.next });
    }, [apply]),
    dismiss: useCallback(() => setPending(null), []),
    undo: useCallback(() => apply({ type: 'undo' }), [apply]),
    redo: useCallback(() => apply({ type: 'redo' }), [apply]),
  };
}

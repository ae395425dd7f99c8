/**
 * Undo and redo over whole values (the editor keeps the assignment list): each step stores the
 * value as it was, which is cheap because edits share the untouched entries.
 */
export interface UndoHistory<T> {
  past: T[];
  present: T;
  future: T[];
}

export type UndoAction<T> =
  | { type: 'do'; next: T }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A new starting point with nothing to undo, e.g. after reloading the plan. */
  | { type: 'reset'; present: T };

/** Enough for a working session; the oldest steps go first. */
export const UNDO_LIMIT = 200;

export function startHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [] };
}

export function undoReducer<T>(history: UndoHistory<T>, action: UndoAction<T>): UndoHistory<T> {
  switch (action.type) {
    case 'do':
      if (action.next === history.present) return history;
      return { past: [...history.past, history.present].slice(-UNDO_LIMIT), present: action.next, future: [] };
    case 'undo': {
      const previous = history.past.at(-1);
      if (previous === undefined) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future: rest };
    }
    case 'reset':
      return startHistory(action.present);
  }
}

export const canUndo = (history: UndoHistory<unknown>) => history.past.length > 0;
export const canRedo = (history: UndoHistory<unknown>) => history.future.length > 0;

import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, canRedo, canUndo, startHistory, undoReducer, type UndoAction, type UndoHistory } from '../../../shared/roster/undo-history';

const run = (actions: UndoAction<string>[], from: UndoHistory<string> = startHistory('a')) => actions.reduce(undoReducer<string>, from);

describe('undo history', () => {
  it('undoes and redoes steps in order', () => {
    const h = run([{ type: 'do', next: 'b' }, { type: 'do', next: 'c' }, { type: 'undo' }]);
    expect(h.present).toBe('b');
    expect(canRedo(h)).toBe(true);
    expect(run([{ type: 'undo' }], h).present).toBe('a');
    expect(run([{ type: 'redo' }], h).present).toBe('c');
  });

  it('forgets the redo branch when a new step is done after an undo', () => {
    const h = run([{ type: 'do', next: 'b' }, { type: 'undo' }, { type: 'do', next: 'x' }]);
    expect(h.present).toBe('x');
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a']);
  });

  it('ignores a step that changes nothing and undo/redo with nothing to do', () => {
    const start = startHistory('a');
    expect(undoReducer(start, { type: 'do', next: 'a' })).toBe(start);
    expect(undoReducer(start, { type: 'undo' })).toBe(start);
    expect(undoReducer(start, { type: 'redo' })).toBe(start);
    expect(canUndo(start)).toBe(false);
  });

  it('starts afresh on reset', () => {
    const h = run([
      { type: 'do', next: 'b' },
      { type: 'reset', present: 'z' },
    ]);
    expect(h).toEqual({ past: [], present: 'z', future: [] });
  });

  it('keeps at most UNDO_LIMIT steps, dropping the oldest', () => {
    const steps = Array.from({ length: UNDO_LIMIT + 10 }, (_, i): UndoAction<string> => ({ type: 'do', next: `v${i}` }));
    const h = run(steps);
    expect(h.past).toHaveLength(UNDO_LIMIT);
    expect(h.past[0]).toBe('v9');
  });
});

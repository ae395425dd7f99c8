import type { Direction } from '../../../../shared/roster/grid';

/** What a key pressed on a seat of the grid asks for. */
export type GridCommand = { type: 'go'; direction: Direction } | { type: 'open' } | { type: 'drop' } | { type: 'clear' } | { type: 'lock' } | { type: 'pickUp' } | { type: 'cancel' };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * The grid's keys: arrows walk the seats, Enter opens the picker (or drops the person being
 * moved), Delete clears, L locks, M picks a person up to move them with the arrows, Escape puts
 * them back. Keys with Ctrl/Alt/Meta are left to the undo shortcuts and the browser.
 */
export function gridCommand(key: string, modifiers: { ctrl: boolean; alt: boolean; meta: boolean }, carrying: boolean): GridCommand | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  const direction = ARROWS[key];
  if (direction) return { type: 'go', direction };
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case 'Enter':
      return carrying ? { type: 'drop' } : { type: 'open' };
    case 'Delete':
    case 'Backspace':
      return carrying ? null : { type: 'clear' };
    case 'l':
      return carrying ? null : { type: 'lock' };
    case 'm':
      return carrying ? { type: 'cancel' } : { type: 'pickUp' };
    case 'Escape':
      return carrying ? { type: 'cancel' } : null;
    default:
      return null;
  }
}

/** Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo (Cmd on a Mac). */
export function undoCommand(key: string, modifiers: { ctrl: boolean; meta: boolean; shift: boolean }): 'undo' | 'redo' | null {
  if (!modifiers.ctrl && !modifiers.meta) return null;
  const k = key.toLowerCase();
  if (k === 'y' || (k === 'z' && modifiers.shift)) return 'redo';
  return k === 'z' ? 'undo' : null;
}

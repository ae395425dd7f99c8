import type { Direction } from '../../../../shared/roster/grid';

/** What a key pressed on a seat of the grid asks for. */
export type GridCommand =
  | { type: 'go'; direction: Direction }
  | { type: 'next'; step: 1 | -1 }
  | { type: 'type'; text: string }
  | { type: 'open' }
  | { type: 'drop' }
  | { type: 'clear' }
  | { type: 'lock' }
  | { type: 'pickUp' }
  | { type: 'cancel' };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** A letter or digit starts typing a name into the seat, as in a spreadsheet cell. */
const TYPED = /^[\p{L}\p{N}]$/u;

export interface KeyModifiers {
  ctrl: boolean;
  alt: boolean;
  meta: boolean;
  shift?: boolean;
}

/**
 * The grid's keys, spreadsheet-like: a letter or digit types a name into the seat (see SeatTyper),
 * arrows walk the seats, Tab / Shift+Tab go to the next / previous seat, Enter or F2 opens the
 * picker (or drops the person being moved), Delete clears, Ctrl+L locks, Ctrl+X picks a person up
 * to move them and Enter or Ctrl+V drops them, Escape puts them back. Other shortcuts with
 * Ctrl/Alt/Meta are left to undo, paste and the browser.
 */
export function gridCommand(key: string, modifiers: KeyModifiers, carrying: boolean): GridCommand | null {
  const { ctrl, alt, meta, shift = false } = modifiers;
  if (ctrl && !alt && !meta) {
    switch (key.toLowerCase()) {
      case 'l':
        return carrying ? null : { type: 'lock' };
      case 'x':
        return carrying ? { type: 'cancel' } : { type: 'pickUp' };
      case 'v':
        return carrying ? { type: 'drop' } : null;
      default:
        return null;
    }
  }
  if (ctrl || alt || meta) return null;
  const direction = ARROWS[key];
  if (direction) return { type: 'go', direction };
  if (TYPED.test(key)) return carrying ? null : { type: 'type', text: key };
  switch (key) {
    case 'Tab':
      return { type: 'next', step: shift ? -1 : 1 };
    case 'Enter':
      return carrying ? { type: 'drop' } : { type: 'open' };
    case 'F2':
      return carrying ? null : { type: 'open' };
    case 'Delete':
    case 'Backspace':
      return carrying ? null : { type: 'clear' };
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

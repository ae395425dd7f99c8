import { useApi } from '../../api/ApiContext';
import { isEditable } from '../../components/editable';
import { useCallback, useEffect, type KeyboardEvent } from 'react';
import { nextInOrder } from '../../../../shared/roster/compact-grid';
import { clearSeat, toggleLocks, type Assignments } from '../../../../shared/roster/edit';
import type { Direction, RosterGrid } from '../../../../shared/roster/grid';
import type { RosterAssignment } from '../../../../shared/roster/problem';
import { gridCommand, undoCommand } from './grid-keys';

interface SeatKeyOptions {
  grid: RosterGrid;
  /** Where an arrow leads from a seat in the view shown. */
  neighbour(seatId: string, direction: Direction): string | null;
  holders: ReadonlyMap<string, RosterAssignment>;
  carried: string | null;
  setCarried(seatId: string | null): void;
  setFocused(seatId: string): void;
  openPicker(seatId: string): void;
  startTyping(seatId: string, text: string): void;
  move(from: string, to: string): void;
  /** Says why a locked seat did not change. */
  refuse(seatId: string): void;
  propose(edit: (a: Assignments) => Assignments): unknown;
}

/** The grid's keyboard: walking, typing a name, picking, clearing, locking, and moving a person without a mouse. */
export function useSeatKeys({ grid, neighbour, holders, carried, setCarried, setFocused, openPicker, startTyping, move, refuse, propose }: SeatKeyOptions) {
  return useCallback(
    (seatId: string, e: KeyboardEvent) => {
      const command = gridCommand(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey, shift: e.shiftKey }, carried !== null);
      if (!command) return;
      if (command.type === 'next') {
        // Past the last seat Tab leaves the grid as usual.
        const next = nextInOrder(grid, seatId, command.step);
        if (!next) return;
        e.preventDefault();
        return setFocused(next);
      }
      e.preventDefault();
      switch (command.type) {
        case 'go': {
          const next = neighbour(seatId, command.direction);
          if (next) setFocused(next);
          return;
        }
        case 'type':
          return startTyping(seatId, command.text);
        case 'open':
          return openPicker(seatId);
        case 'clear':
          if (holders.get(seatId)?.locked) return refuse(seatId);
          propose((a) => clearSeat(a, seatId));
          return;
        case 'lock':
          propose((a) => toggleLocks(a, [seatId]));
          return;
        case 'pickUp': {
          const holder = holders.get(seatId);
          if (holder && !holder.locked) setCarried(seatId);
          return;
        }
        case 'drop':
          setCarried(null);
          return move(carried!, seatId);
        case 'cancel':
          return setCarried(null);
      }
    },
    [grid, neighbour, holders, carried, setCarried, setFocused, openPicker, startTyping, move, refuse, propose],
  );
}

/**
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z and the app menu's Hoàn tác / Làm lại anywhere in the editor,
 * except while typing in a field (it has its own undo, see useMenuEdits).
 */
export function useUndoKeys(undo: () => void, redo: () => void, enabled: boolean) {
  const api = useApi();
  useEffect(() => {
    if (!enabled) return;
    const run = (command: 'undo' | 'redo') => (command === 'undo' ? undo() : redo());
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (isEditable(e.target)) return;
      const command = undoCommand(e.key, { ctrl: e.ctrlKey, meta: e.metaKey, shift: e.shiftKey });
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKey);
    const stopMenu = api.listen('edit', ({ action }) => !isEditable(document.activeElement) && run(action));
    return () => {
      document.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [api, undo, redo, enabled]);
}

import { useApi } from '../../api/ApiContext';
import { isEditable } from '../../components/editable';
import { useCallback, useEffect, type KeyboardEvent } from 'react';
import { clearSeat, moveSeat, toggleLocks, type Assignments } from '../../../../shared/roster/edit';
import { neighbourSeat, type RosterGrid } from '../../../../shared/roster/grid';
import type { RosterAssignment } from '../../../../shared/roster/problem';
import { gridCommand, undoCommand } from './grid-keys';

interface SeatKeyOptions {
  grid: RosterGrid;
  holders: ReadonlyMap<string, RosterAssignment>;
  carried: string | null;
  setCarried(seatId: string | null): void;
  setFocused(seatId: string): void;
  openPicker(seatId: string): void;
  propose(edit: (a: Assignments) => Assignments): void;
}

/** The grid's keyboard: walking, picking, clearing, locking, and moving a person without a mouse. */
export function useSeatKeys({ grid, holders, carried, setCarried, setFocused, openPicker, propose }: SeatKeyOptions) {
  return useCallback(
    (seatId: string, e: KeyboardEvent) => {
      const command = gridCommand(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }, carried !== null);
      if (!command) return;
      e.preventDefault();
      switch (command.type) {
        case 'go': {
          const next = neighbourSeat(grid, seatId, command.direction);
          if (next) setFocused(next);
          return;
        }
        case 'open':
          return openPicker(seatId);
        case 'clear':
          return propose((a) => clearSeat(a, seatId));
        case 'lock':
          return propose((a) => toggleLocks(a, [seatId]));
        case 'pickUp': {
          const holder = holders.get(seatId);
          if (holder && !holder.locked) setCarried(seatId);
          return;
        }
        case 'drop':
          setCarried(null);
          return propose((a) => moveSeat(a, carried!, seatId));
        case 'cancel':
          return setCarried(null);
      }
    },
    [grid, holders, carried, setCarried, setFocused, openPicker, propose],
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

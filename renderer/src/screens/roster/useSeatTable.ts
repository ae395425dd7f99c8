import { useEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';

const seatOf = (target: EventTarget) => (target as HTMLElement).closest<HTMLElement>('[data-seat-id]')?.dataset.seatId;

/**
 * What both grids of seats share: keys and pastes handled once for every seat, and the focus
 * brought to the focused seat when the keyboard walks or a panel jumps (a click already has it).
 */
export function useSeatTable(focusedSeat: string | null, jump: number, onSeatKey: (seatId: string, e: KeyboardEvent) => void, onSeatPaste: (seatId: string, text: string) => void) {
  const ref = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!focusedSeat) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-seat-id="${CSS.escape(focusedSeat)}"]`);
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [focusedSeat, jump]);
  return {
    ref,
    onKeyDown: (e: KeyboardEvent) => {
      const seatId = seatOf(e.target);
      if (seatId) onSeatKey(seatId, e);
    },
    onPaste: (e: ClipboardEvent) => {
      const seatId = seatOf(e.target);
      if (!seatId) return;
      e.preventDefault();
      onSeatPaste(seatId, e.clipboardData.getData('text/plain'));
    },
  };
}

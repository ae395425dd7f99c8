import { useCallback, useRef, useState } from 'react';

/** Where the keyboard goes after a rule-breaking edit is confirmed, or declined. */
export interface Resume {
  confirmed: string;
  dismissed: string;
}

/**
 * The grid's focused seat, and where the keyboard goes after an edit: `refocus` also brings a seat
 * already focused back into view (a jump from a panel); `after` moves on once an edit is applied,
 * or, when it waits for confirmation, once the user has answered (`afterConfirm`).
 */
export function useSeatFocus(initial: () => string | null) {
  const [focused, setFocused] = useState<string | null>(initial);
  const [jump, setJump] = useState(0);
  const resume = useRef<Resume | null>(null);
  const refocus = useCallback((seatId: string) => {
    setFocused(seatId);
    setJump((n) => n + 1);
  }, []);
  const after = useCallback(
    (outcome: 'unchanged' | 'applied' | 'pending', to: Resume) => {
      if (outcome === 'pending') resume.current = to;
      else refocus(to.confirmed);
    },
    [refocus],
  );
  const afterConfirm = useCallback(
    (answer: keyof Resume) => {
      const to = resume.current?.[answer];
      resume.current = null;
      if (to) refocus(to);
    },
    [refocus],
  );
  return { focused, setFocused, jump, refocus, after, afterConfirm };
}

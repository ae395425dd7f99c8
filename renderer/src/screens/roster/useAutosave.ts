import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../../../shared/plan/schema';
import type { PlanChanges } from '../../../../shared/api/plans';
import { useErrorText } from '../../components/useErrorText';

export type SaveState = 'saved' | 'saving' | 'error';

/** Long enough to gather a burst of keyboard edits into one write, short enough to feel immediate. */
const SAVE_DELAY_MS = 700;

interface Options {
  /** A new object for every edit; the same object means nothing to save. */
  changes: PlanChanges;
  /** The plan's writer (usePlanWriter): null when the write went to its conflict policy instead. */
  write: (changes: PlanChanges) => Promise<Plan | null>;
  onSaved: (plan: Plan) => void;
}

/**
 * Every edit is written to the store shortly after it is made, through the plan's writer, so a change
 * made elsewhere is handed to the one conflict policy instead of overwritten. Pending edits are sent at
 * once when the window closes or is hidden: the request leaves before the page goes.
 */
export function useAutosave({ changes, write, onSaved }: Options) {
  const errorText = useErrorText();
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(changes);
  latest.current = changes;
  const saved = useRef(changes);
  // The same value as `saved`, as state: the indicator must read "saving" in the very render that
  // shows an edit, not one effect later, or the screen says "saved" over unsaved changes.
  const [savedValue, setSavedValue] = useState(changes);
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const callbacks = useRef({ write, onSaved });
  callbacks.current = { write, onSaved };

  const flushRef = useRef<() => Promise<void>>(async () => {});
  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void flushRef.current();
    }, SAVE_DELAY_MS);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    while (inflight.current) await inflight.current;
    const value = latest.current;
    if (value === saved.current) return;
    setState('saving');
    const request = callbacks.current
      .write(value)
      .then(
        (plan) => {
          if (!plan) {
            // The conflict policy has it (the editor reopens, the edit kept in its notice): nothing more to send.
            saved.current = latest.current;
            setSavedValue(latest.current);
            return;
          }
          saved.current = value;
          setSavedValue(value);
          setError(null);
          setState(latest.current === value ? 'saved' : 'saving');
          callbacks.current.onSaved(plan);
        },
        (e: unknown) => {
          setError(errorText(e));
          setState('error');
        },
      )
      .finally(() => {
        inflight.current = null;
      });
    inflight.current = request;
    await request;
    // Edits made while this one was on its way go in the next write.
    if (latest.current !== saved.current && !timer.current) schedule();
  }, [schedule, errorText]);
  flushRef.current = flush;

  useEffect(() => {
    if (changes === saved.current) return;
    setState((s) => (s === 'error' ? s : 'saving'));
    schedule();
  }, [changes, schedule]);

  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('beforeunload', now);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', now);
      document.removeEventListener('visibilitychange', onHidden);
      now();
    };
  }, [flush]);

  return { state: state === 'saved' && changes !== savedValue ? 'saving' : state, error, flush };
}

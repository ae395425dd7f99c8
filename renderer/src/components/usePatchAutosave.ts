import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { useNotify } from './Notices';
import { useErrorText } from './useErrorText';

export type SaveStatus = { state: 'saved' | 'pending' | 'saving' } | { state: 'error'; message: string };

const DEBOUNCE_MS = 600;

type Merge<C> = (earlier: C, later: C) => C;
const shallow = <C extends object>(earlier: C, later: C): C => ({ ...earlier, ...later });

/**
 * Saves a screen's edits, sent as changes (only what was edited), shortly after the user stops
 * typing, one request at a time. Changes not yet saved are merged (`merge`, shallow by default) and
 * kept on failure, retried with the next edit, and written at once when the screen closes, so
 * nothing typed is lost; a write that fails after the screen is gone is told in a notice, since the
 * screen's own indicator can no longer say it.
 */
export function usePatchAutosave<C extends object>(write: (changes: C) => Promise<unknown>, merge: Merge<C> = shallow) {
  const errorText = useErrorText();
  const notify = useNotify();
  const { t } = useI18n();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const pending = useRef<C | null>(null);
  const chain = useRef<Promise<string | null>>(Promise.resolve(null));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ write, merge, notify, t });
  latest.current = { write, merge, notify, t };

  /** Resolves null once everything edited so far is stored, else why it is not. */
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    chain.current = chain.current.then(async () => {
      const changes = pending.current;
      if (!changes) return null;
      pending.current = null;
      setStatus({ state: 'saving' });
      try {
        await latest.current.write(changes);
        // Edits may have arrived during the request (TypeScript cannot see the ref change across await).
        setStatus({ state: (pending.current as C | null) ? 'pending' : 'saved' });
        return null;
      } catch (e) {
        // Keep what failed, under anything typed since, for the next attempt.
        const since = pending.current as C | null;
        pending.current = since ? latest.current.merge(changes, since) : changes;
        const message = errorText(e);
        setStatus({ state: 'error', message });
        return message;
      }
    });
    return chain.current;
  }, [errorText]);

  const save = useCallback(
    (changes: C) => {
      pending.current = pending.current ? latest.current.merge(pending.current, changes) : changes;
      setStatus({ state: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(
    () => () => {
      void flush().then((message) => {
        const { notify, t } = latest.current;
        if (message) notify({ kind: 'error', text: t('common.unsavedOnLeave', { message }) });
      });
    },
    [flush],
  );
  return { status, save, flush };
}

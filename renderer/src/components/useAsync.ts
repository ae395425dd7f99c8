import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorText } from './useErrorText';

/**
 * Loads data for a screen; keeps the last failure and says it in the UI language at each render (a load
 * may fail before the settings, and so the language, are read).
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const errorText = useErrorText();
  const [data, setData] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [loading, setLoading] = useState(true);
  // Reloads can overlap (events in a burst): only the last one started may set what is shown.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const loaded = await load();
      if (call !== latest.current) return;
      setData(loaded);
      setFailure(null);
    } catch (e) {
      if (call === latest.current) setFailure({ error: e });
    } finally {
      if (call === latest.current) setLoading(false);
    }
    // The caller names what `load` depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error: failure && errorText(failure.error), loading, reload, setData };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/client';

/** Loads data for a screen; keeps the last error as text the user can read. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
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
      setError(null);
    } catch (e) {
      if (call === latest.current) setError(errorText(e));
    } finally {
      if (call === latest.current) setLoading(false);
    }
    // The caller names what `load` depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload, setData };
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.shape.message;
  return error instanceof Error ? error.message : String(error);
}

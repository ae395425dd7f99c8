import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../shared/api/client';

/** Loads data for a screen; keeps the last error as text the user can read. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await load());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
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

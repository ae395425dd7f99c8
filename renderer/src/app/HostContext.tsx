import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { HostInfo } from '../../../shared/api/host';
import { useApi } from '../api/ApiContext';

const HostContext = createContext<HostInfo | null>(null);

/** What the program around the page offers (desktop app or browser mode), asked once. */
export function HostProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [host, setHost] = useState<HostInfo | null>(null);
  useEffect(() => void api.call('app:host', undefined).then(setHost), [api]);
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** Null until known: the UI then shows neither the desktop's nor the browser's extras. */
export const useHost = () => useContext(HostContext);

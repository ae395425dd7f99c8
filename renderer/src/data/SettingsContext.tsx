import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { useApi } from '../api/ApiContext';

interface SettingsState {
  /** Null until first read. */
  settings: Settings | null;
  /** What a write returned, shown at once (the pushed settings:changed would bring it a moment later). */
  saved(settings: Settings): void;
}

const SettingsContext = createContext<SettingsState | null>(null);

/**
 * The app's settings, one copy for every screen, read again whenever they are written (here, in
 * another window, or by the CLI). Above the language provider, since the language is a setting:
 * so a failed read leaves the app waiting, as before, rather than wording an error.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let current = 0;
    const load = () => {
      const call = ++current;
      void api.call('settings:get', undefined).then(
        (read) => call === current && setSettings(read),
        () => {},
      );
    };
    load();
    return api.listen('settings:changed', load);
  }, [api]);
  return <SettingsContext.Provider value={{ settings, saved: setSettings }}>{children}</SettingsContext.Provider>;
}

function useSettingsState(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}

/** The settings as stored now; null while they are first read. */
export function useSettings(): Settings | null {
  return useSettingsState().settings;
}

/** Shows the settings a write returned, before its event comes back. */
export function useSettingsSaved(): (settings: Settings) => void {
  return useSettingsState().saved;
}

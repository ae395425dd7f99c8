import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach } from 'vitest';
import { callerOver, type ApiClient } from '../../shared/api/client';
import type { AppEventName } from '../../shared/api/events';
import type { EventSink } from '../../electron/services/adapters';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { SettingsProvider, useSettings } from '../../renderer/src/data/SettingsContext';
import { I18nProvider } from '../../renderer/src/i18n/I18nContext';
import { tempServices, type TempServicesOptions } from '../helpers/services';

type Delivery = (event: AppEventName, payload: unknown) => void;

/**
 * The main process the renderer's hooks talk to in these tests: the real handler table over a store
 * in a temporary folder, each window an ApiClient of its own whose events arrive a moment after the
 * write, as over IPC. Only the transport is faked; files (dialogs) are not part of these tests.
 */
export function mainProcess(options: Omit<TempServicesOptions, 'events'> = {}) {
  const windows = new Set<Delivery>();
  const events: EventSink = { emit: (event, payload) => void setTimeout(() => windows.forEach((deliver) => deliver(event, payload))) };
  const temp = tempServices({ ...options, events });
  const invoke = (channel: string, input: unknown) => temp.services.registry.dispatch(channel, input);
  /** A window: its own client, as each BrowserWindow or browser tab has. */
  const window = (): ApiClient => ({
    ...callerOver(invoke),
    listen(event, callback) {
      const deliver: Delivery = (sent, payload) => sent === event && callback(payload as never);
      windows.add(deliver);
      return () => void windows.delete(deliver);
    },
    openFile: () => Promise.reject(new Error('no file dialog in hook tests')),
    saveFiles: () => Promise.reject(new Error('no file dialog in hook tests')),
  });
  return { ...temp, window };
}

/** The UI language as App.tsx chooses it: the stored settings', Vietnamese until they are read. */
function Localised({ children }: { children: ReactNode }) {
  return <I18nProvider language={useSettings()?.language ?? 'vi'}>{children}</I18nProvider>;
}

/** The providers the app puts around every screen (main.tsx and App.tsx), over `client`. */
function AppProviders({ client, children }: { client: ApiClient; children: ReactNode }) {
  return (
    <ApiProvider client={client}>
      <SettingsProvider>
        <Localised>
          <NoticeProvider>{children}</NoticeProvider>
        </Localised>
      </SettingsProvider>
    </ApiProvider>
  );
}

export interface Mounted<T> {
  /** What the hook returned at its last render. */
  current(): T;
  /** The page's text: the notices the hook raised show there. */
  text(): string;
  /** Clicks the button of that name (a notice's action). */
  click(name: string): void;
  unmount(): void;
}

/** Renders `hook` in a window over `client`, as a screen would use it. */
export function mount<T>(client: ApiClient, hook: () => T): Mounted<T> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let last: { value: T } | null = null;
  function Probe() {
    last = { value: hook() };
    return null;
  }
  root.render(
    <AppProviders client={client}>
      <Probe />
    </AppProviders>,
  );
  return {
    current() {
      if (!last) throw new Error('not rendered yet');
      return last.value;
    },
    text: () => container.textContent ?? '',
    click(name) {
      const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
      if (!button) throw new Error(`no button "${name}" in: ${container.textContent}`);
      button.click();
    },
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

/** `mount` for one test file: every window a test opens is unmounted after it. */
export function windowsPerTest(): <T>(client: ApiClient, hook: () => T) => Mounted<T> {
  const mounted: Mounted<unknown>[] = [];
  afterEach(() => mounted.splice(0).forEach((w) => w.unmount()));
  return (client, hook) => {
    const window = mount(client, hook);
    mounted.push(window);
    return window;
  };
}

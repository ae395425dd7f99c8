import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { eventChannel } from '../../../shared/api/bridge';
import type { AppEventName, AppEvents } from '../../../shared/api/events';
import { randomIds, type Clock, type FolderPicker, type SecretBox } from '../../../electron/services/adapters';
import type { Services } from '../../../electron/services/app';
import { memorySecrets } from '../../../electron/web/secrets';
import { buildServices } from '../../helpers/build-services';

const BRIDGE_SCRIPT = resolve('dist/test/browser-bridge.js');

/** Builds the real services over a data folder, with their events delivered into the page. */
export function servicesForPage(page: Page, dataDir: string, clock: Clock, secrets: SecretBox = memorySecrets(), folderPicker?: FolderPicker): () => Services {
  return () =>
    buildServices({
      dataDir,
      folderPicker,
      clock,
      ids: randomIds,
      secrets,
      // A failing handler's stack belongs in the browser test's output.
      logger: console,
      events: {
        emit<E extends AppEventName>(event: E, payload: AppEvents[E]) {
          // globalThis, not window: this file is also type-checked with the Node libraries (the bench).
          // The payload as unknown: Playwright's serialisable type cannot follow a message's nested parameters.
          void page.evaluate(([channel, data]) => (globalThis as any).__lichTrucDeliver?.(channel, data), [eventChannel(event), payload as unknown] as const).catch(() => {});
        },
      },
    });
}

/** Puts the handler table where the preload's bridge would be; `current` is read per call, so services can be restarted. */
export async function bindServices(page: Page, current: () => Services): Promise<void> {
  await page.exposeFunction('__lichTrucInvoke', (channel: string, input: unknown) => current().registry.dispatch(channel, input));
  await page.addInitScript({ path: BRIDGE_SCRIPT });
}

import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { eventChannel } from '../shared/api/bridge';
import type { AppEventName, AppEvents } from '../shared/api/events';
import type { EventSink } from './services/adapters';
import type { HandlerRegistry } from './services/registry';
import { isAppUrl } from './security';

/** Binds every channel of the handler table; a message from anything but the app's own page is refused. */
export function bindHandlers(registry: HandlerRegistry, isOwnWindow: (contents: WebContents) => boolean): void {
  for (const channel of registry.channels()) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isOwnWindow(event.sender) || !isAppUrl(frameUrl)) {
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
      }
      return registry.dispatch(channel, input);
    });
  }
}

/** Pushes service events to every window of the app. */
export function windowEvents(windows: () => WebContents[]): EventSink {
  return {
    emit<E extends AppEventName>(event: E, payload: AppEvents[E]) {
      for (const contents of windows()) contents.send(eventChannel(event), payload);
    },
  };
}

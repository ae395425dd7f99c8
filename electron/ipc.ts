import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { eventChannel } from '../shared/api/bridge';
import { msg } from '../shared/i18n/message';
import { FILE_HOST_CHANNELS } from '../shared/api/files';
import type { fileHostHandlers } from './file-host';
import type { AppEventName, AppEvents } from '../shared/api/events';
import type { EventSink } from './services/adapters';
import type { HandlerRegistry } from './services/registry';
import { isAppUrl } from './security';

type OwnWindow = (contents: WebContents) => boolean;

/** Answers `channel` only for the app's own page; anything else is refused. */
function handleFromOwnPage(channel: string, isOwnWindow: OwnWindow, answer: (input: unknown) => unknown): void {
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isOwnWindow(event.sender) || !isAppUrl(frameUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: msg('error.forbiddenSender') } };
    }
    return answer(input);
  });
}

/** Binds every channel of the handler table; a message from anything but the app's own page is refused. */
export function bindHandlers(registry: HandlerRegistry, isOwnWindow: OwnWindow): void {
  for (const channel of registry.channels()) handleFromOwnPage(channel, isOwnWindow, (input) => registry.dispatch(channel, input));
}

/** The desktop's file dialogs for the page (electron/file-host.ts), behind the same sender check. */
export function bindFileHost(host: ReturnType<typeof fileHostHandlers>, isOwnWindow: OwnWindow): void {
  handleFromOwnPage(FILE_HOST_CHANNELS.open, isOwnWindow, (input) => host.open(input));
  handleFromOwnPage(FILE_HOST_CHANNELS.save, isOwnWindow, (input) => host.save(input));
}

/** Pushes service events to every window of the app. */
export function windowEvents(windows: () => WebContents[]): EventSink {
  return {
    emit<E extends AppEventName>(event: E, payload: AppEvents[E]) {
      for (const contents of windows()) contents.send(eventChannel(event), payload);
    },
  };
}

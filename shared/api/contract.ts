import type { BridgeMethodsOf, HandlersOf } from './define';
import type { AppEventName, AppEvents } from './events';
import { dutyLogChannels } from './duty-log';
import { caldavChannels } from './caldav';
import { exportChannels } from './exports';
import type { FileHost } from './files';
import { hostChannels } from './host';
import { paperworkChannels } from './paperwork';
import { feedChannels } from './feed';
import { planChannels } from './plans';
import { readinessChannels } from './readiness';
import { reminderChannels } from './reminders';
import { settingsChannels } from './settings';
import { staffChannels } from './staff';

/** Every request channel of the app, declared once. Each domain adds its table here. */
export const contract = {
  ...planChannels,
  ...settingsChannels,
  ...staffChannels,
  ...exportChannels,
  ...reminderChannels,
  ...hostChannels,
  ...dutyLogChannels,
  ...caldavChannels,
  ...paperworkChannels,
  ...feedChannels,
  ...readinessChannels,
};
export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type Handlers = HandlersOf<Contract>;

/** What the preload (or a test's stand-in) puts on `window.lichTruc`. */
export type Bridge = BridgeMethodsOf<Contract> & {
  listen<E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void): () => void;
  /** The desktop's file dialogs; absent in the browser, where the page's picker and downloads serve. */
  files?: FileHost;
};

export const BRIDGE_GLOBAL = 'lichTruc';

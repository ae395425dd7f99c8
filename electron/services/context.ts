import type { Clock, EventSink, FileDialogs, IdGenerator } from './adapters';
import { Backups } from './store/backups';
import type { ConfFactory } from './store/conf-like';
import { DocumentStore } from './store/document-store';

/** What every service receives: the store and the injected adapters. */
export interface ServiceContext {
  store: DocumentStore;
  backups: Backups;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
  dialogs: FileDialogs;
}

export interface ContextOptions {
  dataDir: string;
  confFactory: ConfFactory;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
  dialogs: FileDialogs;
}

export function createContext(options: ContextOptions): ServiceContext {
  const store = new DocumentStore(options.dataDir, options.confFactory, options.clock);
  return {
    store,
    backups: new Backups(store, options.clock),
    clock: options.clock,
    ids: options.ids,
    events: options.events,
    dialogs: options.dialogs,
  };
}

import { noNotifier, noSecrets, systemTimer, type Clock, type ConfFactory, type EventSink, type IdGenerator, type Mailer, type Notifier, type SecretBox, type Timer } from './adapters';
import { Backups } from './store/backups';
import { DocumentStore } from './store/document-store';

/** What every service receives: the store and the injected adapters. */
export interface ServiceContext {
  store: DocumentStore;
  backups: Backups;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
  timer: Timer;
  notifier: Notifier;
  mailer: Mailer;
  secrets: SecretBox;
}

export interface ContextOptions {
  dataDir: string;
  confFactory: ConfFactory;
  clock: Clock;
  ids: IdGenerator;
  events: EventSink;
  /** The app passes its own; the CLI and tests get a real timer, no desktop and no secret storage. */
  timer?: Timer;
  notifier?: Notifier;
  mailer: Mailer;
  secrets?: SecretBox;
}

export function createContext(options: ContextOptions): ServiceContext {
  const store = new DocumentStore(options.dataDir, options.confFactory, options.clock);
  return {
    store,
    backups: new Backups(store, options.clock),
    clock: options.clock,
    ids: options.ids,
    events: options.events,
    timer: options.timer ?? systemTimer,
    notifier: options.notifier ?? noNotifier,
    mailer: options.mailer,
    secrets: options.secrets ?? noSecrets,
  };
}

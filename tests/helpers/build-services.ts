import { noEvents, type Clock, type IdGenerator } from '../../electron/services/adapters';
import { createServices, type ServiceOptions, type Services } from '../../electron/services/app';
import type { Logger } from '../../electron/services/registry';
import { confFactory } from '../../electron/services/store/conf-factory';

// No vitest here: the browser tests' harness (Playwright) builds its services with this too.

/** `id-0001`, `id-0002`, … — predictable, and sorted the way they were made. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let n = 0;
  return { newId: () => `${prefix}-${String(++n).padStart(4, '0')}` };
}

/** Handlers that fail on purpose would otherwise print stacks into the test output. */
const quiet: Logger = { error: () => {} };

export interface BuildServicesOptions extends Partial<ServiceOptions> {
  dataDir: string;
  clock: Clock;
  /** Where failing handlers are logged: nowhere by default. */
  logger?: Logger;
}

/** The real services over conf in `dataDir`: numbered ids and no events unless given, any adapter replaced. */
export function buildServices({ logger = quiet, ...options }: BuildServicesOptions): Services {
  return createServices({ confFactory, ids: sequentialIds(), events: noEvents, ...options }, logger);
}

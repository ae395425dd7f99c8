import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeDeadTempsIn } from '../files/atomic-write';
import { FileLock } from './file-lock';

/** conf's temp files carry no owner: under the lock, one this old is a dead writer's. */
const STORE_TEMP_AGE_MS = 60_000;

/**
 * Serialises read-modify-write operations: in this process with a queue, and between processes
 * (the app, the CLI, browser mode, another computer on a shared folder) with a lock file, so none
 * loses another's change. Hold it only for reading and writing, never across a long computation
 * such as a generation: a holder that stops touching the lock is eventually taken for dead.
 */
export class WriteLock {
  #queue: Promise<unknown> = Promise.resolve();
  #swept = false;
  readonly #file: FileLock;

  constructor(private readonly folder: string) {
    this.#file = new FileLock(join(folder, 'write.lock'));
  }

  run<T>(operation: () => Promise<T> | T): Promise<T> {
    const next = this.#queue.then(() => this.#withFileLock(operation));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #withFileLock<T>(operation: () => Promise<T> | T): Promise<T> {
    mkdirSync(this.folder, { recursive: true });
    const release = await this.#file.acquire();
    try {
      // Once per process, with every other writer kept out: leftovers of writers killed mid-write.
      if (!this.#swept) removeDeadTempsIn(this.folder, STORE_TEMP_AGE_MS);
      this.#swept = true;
      return await operation();
    } finally {
      release();
    }
  }
}

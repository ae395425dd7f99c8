import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../../shared/errors/app-error';

/**
 * Serialises read-modify-write operations: in this process with a queue, and between the app and
 * the CLI with a lock file in the data folder, so neither loses the other's change.
 */
export class WriteLock {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  run<T>(operation: () => Promise<T> | T): Promise<T> {
    const next = this.#queue.then(() => this.#withFileLock(operation));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #withFileLock<T>(operation: () => Promise<T> | T): Promise<T> {
    mkdirSync(this.dataDir, { recursive: true });
    let release: (() => Promise<void>) | undefined;
    try {
      release = await lockfile.lock(this.dataDir, {
        lockfilePath: join(this.dataDir, 'write.lock'),
        stale: 15_000,
        retries: { retries: 50, minTimeout: 20, maxTimeout: 250 },
      });
    } catch {
      throw new AppError('BUSY', 'Dữ liệu đang được một tiến trình khác (ứng dụng hoặc lệnh lich-truc) ghi. Hãy thử lại.');
    }
    try {
      return await operation();
    } finally {
      await release();
    }
  }
}

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash leaves either the old content or the new, never a part: a temporary
 * file beside it, flushed to disk, then renamed over it (atomic on one file system), then the folder
 * flushed so the rename itself survives a power cut. `mode` applies from the first byte, so a
 * secret is never readable by others even for an instant.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: { mode?: number } = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  const fd = openSync(temp, 'wx', options.mode ?? 0o666);
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  try {
    const dir = openSync(dirname(path), 'r');
    fsyncSync(dir);
    closeSync(dir);
  } catch {
    // Windows cannot open a folder for fsync; its rename is already durable enough there.
  }
}

import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { ExportFile } from '../services/exports/export-files';
import type { PickedFile } from '../services/staff';
import { writeFileAtomic } from '../services/store/atomic-file';

/**
 * The CLI's side of files: it runs as the user in a terminal, so the paths named on its command line
 * are the user's choice, like a path chosen in a dialog. The services see only bytes and a name.
 */
export function readNamedFile(path: string): PickedFile {
  try {
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    throw new AppError('FILE_UNREADABLE', `Không đọc được tệp ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export const readNamedText = (path: string) => {
  const { name, bytes } = readNamedFile(path);
  return { name, text: new TextDecoder('utf-8').decode(bytes) };
};

/** One file to `out`, or several (one per person) into the folder `out`, created if needed. */
export function writeExportFiles(files: readonly ExportFile[], out: string, { folder }: { folder: boolean }): string[] {
  try {
    if (folder) mkdirSync(out, { recursive: true });
    const paths = folder ? files.map((file) => join(out, basename(file.name))) : [out];
    files.forEach((file, i) => writeFileAtomic(paths[i]!, file.content));
    return paths;
  } catch (error) {
    throw new AppError('FILE_UNWRITABLE', `Không ghi được ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

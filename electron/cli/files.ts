import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeBase64, type DownloadFile } from '../../shared/api/files';
import type { ExportFile } from '../services/exports/export-files';
import { writeFileAtomicSync } from '../services/files/atomic-write';
import { fileError } from '../services/files/file-error';
import type { PickedFile } from '../services/staff';

/**
 * The CLI's side of files: it runs as the user in a terminal, so the paths named on its command line
 * are the user's choice, like a path chosen in a dialog. The services see only bytes and a name.
 */
export function readNamedFile(path: string): PickedFile {
  try {
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    throw fileError('read', path, error);
  }
}

export const readNamedText = (path: string) => {
  const { name, bytes } = readNamedFile(path);
  return { name, text: new TextDecoder('utf-8').decode(bytes) };
};

/** One file to `out`, or several (one per person) into the folder `out`, created if needed. */
export function writeExportFiles(files: readonly ExportFile[], out: string, { folder }: { folder: boolean }): string[] {
  if (folder) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      throw fileError('write', out, error);
    }
  }
  const paths = folder ? files.map((file) => join(out, basename(file.name))) : [out];
  files.forEach((file, i) => writeFileAtomicSync(paths[i]!, file.content));
  return paths;
}

/** Files the contract handed back (exports:build, plans:exportFile, staff:export), written like a built export. */
export const writeDownloads = (files: readonly DownloadFile[], out: string, options: { folder: boolean }): string[] =>
  writeExportFiles(
    files.map((file) => ({ name: file.name, content: decodeBase64(file.contentBase64) })),
    out,
    options,
  );

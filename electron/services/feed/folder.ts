import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { fileError } from '../files/file-error';

/** A feed file's name: the token alone, so nothing in it says whose calendar it is. */
export const FEED_FILE = /^[0-9a-f]{32}\.ics$/;

/**
 * Served in place of a listing of the folder, by web servers that list folders without an index:
 * the listing would show every address. Written only when the folder has no index of its own.
 */
const INDEX = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Lịch Trực</title></head>
<body><p>Nguồn lịch trực. Hãy dùng địa chỉ riêng của mình (trong ứng dụng Lịch Trực, mục Xuất bản).</p></body></html>
`;

export interface FolderWrite {
  files: readonly { fileName: string; ics: string }[];
  /** Names this plan wrote there before: those no longer among `files` are removed. */
  previous: readonly string[];
}

/**
 * Writes a plan's feed files into the served folder, each atomically (a phone or the web server
 * reading while it is re-written gets the old file or the new one, never a part), then removes the
 * plan's files that were replaced by a new address. Nothing else in the folder is touched.
 */
export async function writeFeedFolder(folder: string, { files, previous }: FolderWrite): Promise<string[]> {
  for (const file of files) await writeFileAtomic(join(folder, file.fileName), file.ics);
  if (!existsSync(join(folder, 'index.html'))) await writeFileAtomic(join(folder, 'index.html'), INDEX);
  const current = new Set(files.map((f) => f.fileName));
  const removed = previous.filter((name) => FEED_FILE.test(name) && !current.has(name));
  for (const name of removed) {
    try {
      rmSync(join(folder, name), { force: true });
    } catch (error) {
      throw fileError('write', join(folder, name), error);
    }
  }
  return removed;
}

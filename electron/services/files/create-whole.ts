import { linkSync, rmSync, writeFileSync } from 'node:fs';
import { tempPathFor } from './atomic-write';

/** File systems without hard links (FAT, exFAT, some network shares) answer one of these. */
const NO_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'];

/**
 * Creates `path` with `content` only if it does not exist yet (false: it does), so that it is never
 * seen empty: a writer killed, or a disk full, between creating a file and writing it would leave
 * an owner-less lock that others can only judge by its silence (6 s). The content goes to a temp
 * file first, which is then hard-linked into place (fails if the name exists). Where links are not
 * supported, the file is created and then written, as before.
 */
export function createWhole(path: string, content: string, mode?: number): boolean {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode });
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.includes(code)) throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  try {
    writeFileSync(path, content, { flag: 'wx', mode });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

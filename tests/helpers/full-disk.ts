/** Whether the disk of `fullDiskFs` is full now; a test sets it and clears it after. */
export const disk = { full: false };

/**
 * `node:fs` as a writer meets a full disk while `disk.full`: a new file can still be created, but
 * nothing written into it. For `vi.mock('node:fs', …)`, given the real module.
 */
export function fullDiskFs(fs: typeof import('node:fs')) {
  const writeFileSync: typeof fs.writeFileSync = (file, data, options) => {
    if (!disk.full) return fs.writeFileSync(file, data, options);
    fs.writeFileSync(file, '', options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { ...fs, writeFileSync, default: { ...fs, writeFileSync } };
}

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Decodes every QR code in an image with Debian's zbarimg (the ZBar reader, independent of the
 * library that drew it). PNG from a screenshot, or PBM written from a module matrix.
 */
export function decodeQr(imagePath: string): string[] {
  const run = spawnSync('zbarimg', ['--quiet', '--raw', imagePath], { encoding: 'utf8' });
  // zbarimg exits 4 when it finds no code: that is an answer (none), not a failure to run.
  if (run.error || (run.status !== 0 && run.status !== 4)) throw new Error(`zbarimg failed on ${imagePath}: ${run.error?.message ?? run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}

/** A module matrix as a plain PBM image, `scale` pixels a module, with the 4-module quiet zone around it. */
export function writePbm(folder: string, name: string, modules: readonly (readonly boolean[])[], scale = 4): string {
  const quiet = 4;
  const side = (modules.length + 2 * quiet) * scale;
  const rows: string[] = [];
  for (let y = 0; y < side; y++) {
    const row: string[] = [];
    for (let x = 0; x < side; x++) row.push(modules[Math.floor(y / scale) - quiet]?.[Math.floor(x / scale) - quiet] ? '1' : '0');
    rows.push(row.join(' '));
  }
  const path = join(folder, name);
  writeFileSync(path, `P1\n${side} ${side}\n${rows.join('\n')}\n`);
  return path;
}

/** The cells an SVG path of unit squares and runs paints (ours: `Mx yhNv1h-Nz`; the library's: `Mx,yl1,0 0,1 -1,0 0,-1z`). */
export function cellsOfPath(d: string, offset = 0): Set<string> {
  const cells = new Set<string>();
  for (const m of d.matchAll(/M(\d+)[ ,](\d+)(?:h(\d+)|l1,0)/g)) {
    const [x, y, run] = [Number(m[1]) - offset, Number(m[2]) - offset, Number(m[3] ?? 1)];
    for (let i = 0; i < run; i++) cells.add(`${x + i},${y}`);
  }
  return cells;
}

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostTag } from '../../../electron/services/files/process-owner';
import { claimDiscovery, discoveryPath } from '../../../electron/web/discovery';
import { deadPid } from '../../helpers/child';
import { tempDir } from '../../helpers/services';
import { disk } from '../../helpers/full-disk';

const CONTROL = 'c'.repeat(43);

vi.mock('node:fs', async (importOriginal) => (await import('../../helpers/full-disk')).fullDiskFs(await importOriginal()));

afterEach(() => {
  disk.full = false;
});

describe("browser mode's claim of the data folder (browser-mode.json)", () => {
  it('on a full disk fails and leaves no empty file, so a start at the same moment cannot take it for a dead server', () => {
    const dataDir = tempDir();
    disk.full = true;

    expect(() => claimDiscovery(dataDir, 4321, CONTROL)).toThrow(/ENOSPC/);

    // Before: an empty browser-mode.json stayed, which the next start read as a dead server's and removed.
    expect(existsSync(discoveryPath(dataDir))).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
    disk.full = false;
    const release = claimDiscovery(dataDir, 4321, CONTROL);
    expect(JSON.parse(readFileSync(discoveryPath(dataDir), 'utf8'))).toMatchObject({ pid: process.pid, port: 4321, control: CONTROL });
    expect(statSync(discoveryPath(dataDir)).mode & 0o777).toBe(0o600);
    release?.();
  });

  it('removes the half-written temp file of a start killed while claiming, with the control token in it', () => {
    const dataDir = tempDir();
    const killed = join(dataDir, `.browser-mode.json.tmp-${hostTag()}-${deadPid()}-0badc0de`);
    writeFileSync(killed, '{"pid":1,"host":"x","port":4321,"control":"half', { mode: 0o600 });

    const release = claimDiscovery(dataDir, 4321, CONTROL);

    expect(readdirSync(dataDir)).toEqual(['browser-mode.json']);
    release?.();
  });

  it("is refused to a second start while the first holds it, without touching the first one's file", () => {
    const dataDir = tempDir();
    const first = claimDiscovery(dataDir, 4321, CONTROL);
    const held = readFileSync(discoveryPath(dataDir), 'utf8');

    expect(claimDiscovery(dataDir, 4322, 'd'.repeat(43))).toBeNull();

    expect(readFileSync(discoveryPath(dataDir), 'utf8')).toBe(held);
    first?.();
  });
});

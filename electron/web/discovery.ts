import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { removeDeadTemps } from '../services/files/atomic-write';
import { createWhole } from '../services/files/create-whole';
import { deadOnThisHost, thisProcess } from '../services/files/process-owner';
import { CONTROL_HEADER, WEB_API as API } from '../../shared/api/web';

/**
 * The file by which a second `npm start` over the same data folder finds the browser-mode server
 * already running, and asks it for a fresh link instead of starting a second one. It holds the
 * control token, so it is private to the user (0600), and it is the instance lock of browser mode.
 */
export const DISCOVERY_FILE = 'browser-mode.json';

const Discovery = z.object({ pid: z.number().int(), host: z.string(), started: z.string().optional(), port: z.number().int().min(1).max(65535), control: z.string().min(32) });
type Discovery = z.infer<typeof Discovery>;

export const discoveryPath = (dataDir: string) => join(dataDir, DISCOVERY_FILE);

function read(dataDir: string): Discovery | null {
  try {
    return Discovery.parse(JSON.parse(readFileSync(discoveryPath(dataDir), 'utf8')));
  } catch {
    return null;
  }
}

/** The running server's new launch URL, or null when none answers (a file left by a killed server). */
export async function askRunning(dataDir: string): Promise<string | null> {
  const found = read(dataDir);
  if (!found || deadOnThisHost(found)) return null;
  try {
    const response = await fetch(`http://127.0.0.1:${found.port}${API.launchCode}`, {
      method: 'POST',
      headers: { [CONTROL_HEADER]: found.control, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return null;
    const { url } = (await response.json()) as { url?: unknown };
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Claims the data folder for this server, after removing a file whose server no longer answers (the
 * caller asked it first). Null: another start claimed it first. The file appears whole or not at
 * all (createWhole), so a start at the same moment never reads it half-written, takes it for a dead
 * server's and removes it, and a crash or a full disk mid-write leaves no half file holding a token.
 */
export function claimDiscovery(dataDir: string, port: number, control: string): (() => void) | null {
  const path = discoveryPath(dataDir);
  const content = JSON.stringify({ ...thisProcess(), port, control } satisfies Discovery);
  const stale = read(dataDir);
  if (stale === null || stale.pid !== process.pid) rmSync(path, { force: true });
  // The temp file of a start killed while claiming: it holds that start's control token.
  removeDeadTemps(dataDir, DISCOVERY_FILE);
  if (!createWhole(path, content, 0o600)) return null;
  // The umask cannot widen 0600, but a file system that ignores the mode at creation gets it again.
  chmodSync(path, 0o600);
  return () => {
    // Only our own: a later server may have claimed the folder after this one was taken for dead.
    if (read(dataDir)?.control === control) rmSync(path, { force: true });
  };
}

import { createHash } from 'node:crypto';
import { hostname } from 'node:os';

/** Who holds a lock or writes a temp file: enough to tell later whether that process still runs. */
export interface ProcessOwner {
  pid: number;
  /** A short hash of the host name: a shared folder may be used from several computers. */
  host: string;
}

export const hostTag = (name = hostname()) => createHash('sha256').update(name).digest('hex').slice(0, 8);

export const thisProcess = (): ProcessOwner => ({ pid: process.pid, host: hostTag() });

/**
 * True only when the owner ran on this computer and no process has its pid now. A process of
 * another user answers EPERM: it is alive. On another computer nothing can be told from the pid.
 */
export function deadOnThisHost(owner: ProcessOwner): boolean {
  if (owner.host !== hostTag() || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

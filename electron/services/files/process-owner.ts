import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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
 * Whether Linux says the pid is a process that has ended but was not yet reaped by its parent (a
 * zombie, state Z or X): signal 0 still reaches it, yet it will never touch a lock again. A zombie
 * leader with other threads still running is a live process, so only a single-thread one counts.
 * False wherever /proc cannot tell (other systems, a hardened /proc).
 */
function endedButNotReaped(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) S …": the name may itself hold spaces and parentheses.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return (state === 'Z' || state === 'X') && readdirSync(`/proc/${pid}/task`).length <= 1;
  } catch {
    return false;
  }
}

/**
 * True only when the owner ran on this computer and no process runs under its pid now (none has
 * it, or it has ended and waits to be reaped). A process of another user answers EPERM: it is
 * alive. On another computer nothing can be told from the pid.
 */
export function deadOnThisHost(owner: ProcessOwner): boolean {
  if (owner.host !== hostTag() || !Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    if (code !== 'EPERM') return false;
  }
  return endedButNotReaped(owner.pid);
}

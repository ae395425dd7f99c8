import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a lock or writes a temp file: enough to tell later whether that process still runs. */
export interface ProcessOwner {
  pid: number;
  /** A short hash of the host name: a shared folder may be used from several computers. */
  host: string;
  /**
   * When the process started (`processStart`), so that another process given the same pid later
   * is not taken for it. Absent where the system cannot tell, and in what older versions wrote.
   */
  started?: string;
}

export const hostTag = (name = hostname()) => createHash('sha256').update(name).digest('hex').slice(0, 8);

/** The fields of /proc/<pid>/stat after "pid (name) ": the name may itself hold spaces and parentheses. */
function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

let bootId: string | null | undefined;

/**
 * The start of the process under `pid` as Linux tells it: this boot's id and the clock tick since
 * boot it started at (field 22 of /proc/<pid>/stat): a process given the pid later in this boot
 * started at a later tick. Undefined wherever /proc cannot tell (other systems, a hardened /proc).
 */
export function processStart(pid: number): string | undefined {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      bootId = null;
    }
  }
  const tick = procStat(pid)?.[19];
  return bootId && tick ? `${bootId}:${tick}` : undefined;
}

let own: ProcessOwner | undefined;

/** This process as an owner of what it writes; its start is read once. */
export function thisProcess(): ProcessOwner {
  own ??= { pid: process.pid, host: hostTag(), started: processStart(process.pid) };
  return { ...own };
}

/**
 * Whether Linux says the pid is a process that has ended but was not yet reaped by its parent (a
 * zombie, state Z or X): signal 0 still reaches it, yet it will never touch a lock again. A zombie
 * leader with other threads still running is a live process, so only a single-thread one counts.
 * False wherever /proc cannot tell (other systems, a hardened /proc).
 */
function endedButNotReaped(pid: number): boolean {
  const state = procStat(pid)?.[0];
  try {
    return (state === 'Z' || state === 'X') && readdirSync(`/proc/${pid}/task`).length <= 1;
  } catch {
    return false;
  }
}

/** A process runs under the owner's pid, but it started at another moment than the owner: the pid was reused. */
function pidReused(owner: ProcessOwner): boolean {
  if (owner.started === undefined) return false;
  const now = processStart(owner.pid);
  return now !== undefined && now !== owner.started;
}

/**
 * True only when the owner ran on this computer and no process runs under its pid now (none has
 * it, it has ended and waits to be reaped, or it is another process that got the pid since). A
 * process of another user answers EPERM: it is alive. On another computer nothing can be told from the pid.
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
  return pidReused(owner) || endedButNotReaped(owner.pid);
}

import { readFileSync } from 'node:fs';

/**
 * Where a child process's time went, read from Linux's /proc/<pid>/schedstat (its main thread):
 * on a CPU, waiting for one (a busy machine), and the rest, asleep (a lock's wait, the disk).
 * A slow run on a loaded machine waits for a CPU; a run kept waiting by a lock sleeps.
 */
export interface TimeSplit {
  wallMs: number;
  /** null where /proc/<pid>/schedstat cannot be read (not Linux). */
  cpuMs: number | null;
  queuedMs: number | null;
}

/** Asleep: neither running nor waiting for a CPU (the whole run where that cannot be told). */
export const asleepMs = (t: TimeSplit) => t.wallMs - (t.cpuMs ?? 0) - (t.queuedMs ?? 0);

/** Samples a running process until `stop()`, which returns its last reading (the process may be gone by then). */
export function sampleSchedstat(pid: number | undefined, everyMs = 10): () => { cpuMs: number; queuedMs: number } | null {
  let last: { cpuMs: number; queuedMs: number } | null = null;
  const read = () => {
    try {
      const [cpu, queued] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
      if (Number.isFinite(cpu) && Number.isFinite(queued)) last = { cpuMs: cpu! / 1e6, queuedMs: queued! / 1e6 };
    } catch {
      // Gone (or no /proc): the last reading stands.
    }
  };
  if (pid === undefined) return () => null;
  read();
  const timer = setInterval(read, everyMs);
  return () => {
    clearInterval(timer);
    return last;
  };
}

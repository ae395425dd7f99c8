import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A TypeScript file of the repository run in a process of its own (as the CLI or the app would be). */
export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, file), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves once the child printed `line` (it is ready to be killed at a random moment). */
export async function waitForLine(child: ChildProcess, line: string): Promise<void> {
  let seen = '';
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) {
    seen += chunk as string;
    if (seen.includes(line)) return;
  }
  throw new Error(`child ended before printing "${line}"`);
}

export async function exitOf(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (t: string) => (stdout += t));
  child.stderr?.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** The CLI as a user runs it, in its own process. */
export const cliProcess = (args: string[], env: NodeJS.ProcessEnv = {}) => exitOf(spawnTs('electron/cli/main.ts', args, env));

/** A pid that certainly belongs to no process now: a child that has already exited. */
export const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/**
 * `npx tsx bench/editor.bench.ts [--runs N] [--edits N] [--profile]`: the roster editor in Debian's Chromium,
 * against the real services over a temporary folder. A benchmark, not a test: it prints.
 *
 * First the largest grid (bench/editor/largest-grid.ts): the month instance's first render and an
 * edit, against the targets (first render < 800 ms, edit < 50 ms).
 *
 * Then three tasks of an IT head, keyboard only, on the sample staff's Tết 2026, each printed beside
 * the same task in a spreadsheet (counted in bench/spreadsheet-keys.ts, crediting Excel's
 * AutoComplete and Find and Replace): fill the 81 seats by typing names (bench/editor/fill-task.ts),
 * give one person's shifts to another (move-task.ts), enter leave for five people in the plan setup's
 * leave grid (leave-task.ts).
 */
import { execSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fillTask } from './editor/fill-task';
import { withBench } from './editor/harness';
import { largestGrid } from './editor/largest-grid';
import { leaveTask } from './editor/leave-task';
import { moveTask } from './editor/move-task';
import { TaskFailure } from './editor/task-failure';
import { printTaskHeader } from './editor/task-report';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1]) || fallback;
const runs = option('--runs', 5);
const editsPerRun = option('--edits', 10);
const profile = args.includes('--profile');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** A task's own failure says everything; anything else, its first line and where in the bench it was thrown. */
const failureText = (error: unknown) => {
  if (error instanceof TaskFailure) return error.message;
  const e = error instanceof Error ? error : new Error(String(error));
  const where = e.stack?.split('\n').find((line) => line.includes('/bench/'));
  return `${e.message.split('\n')[0]}${where ? ` (${where.trim()})` : ''}`;
};

execSync('npm run build', { stdio: 'ignore' });

const loadBefore = load();
await withBench(async (bench) => {
  console.log(`editor bench: load average ${loadBefore} (1, 5, 15 min) on ${cpus().length} cores at the start`);
  await largestGrid(bench, { runs, editsPerRun, profile });

  console.log('');
  printTaskHeader();
  // Each task printed as it ends, and one that cannot run says why without hiding the others' figures.
  let planId = '';
  const filled = () => planId || Promise.reject(new TaskFailure('fill', 'did not finish, and this task works on the plan it fills'));
  const tasks: [string, () => Promise<void>][] = [
    ['fill', async () => void (planId = await fillTask(bench))],
    ['move', async () => moveTask(bench, await filled())],
    ['leave', async () => leaveTask(bench, await filled())],
  ];
  for (const [name, task] of tasks) {
    try {
      await task();
    } catch (error) {
      console.log(`${name}: NOT MEASURED — ${failureText(error)}`);
      process.exitCode = 1;
    }
  }
  console.log(`load average at the end: ${load()}`);
});

/**
 * `npx tsx bench/roster.bench.ts [--reference] [--runs N]`: one table comparing the product's
 * heuristic with HiGHS — the LP bound, the best MIP roster within 60 s and, on over-constrained
 * plans, the proven fewest empty seats — then the scale rows: thousands of staff, against a bound
 * computable at that size. HiGHS's answers are kept in bench/highs-reference.json (minutes of
 * solving); `--reference` solves them again and rewrites the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import highsLoader from 'highs';
import { checkRoster } from '../shared/roster/check';
import { generateRoster } from '../shared/roster/generate';
import { maxRelativeLoadByRole, seatRoles } from '../shared/roster/load';
import type { RosterProblem } from '../shared/roster/problem';
import { bestAchievableLoad } from '../shared/roster/balance';
import { monthInstance, scaleInstance, smallInstance, tetInstance, tetShortInstance } from './instances';
import { buildRosterModel } from './mip-model';

const args = process.argv.slice(2);
const reference = args.includes('--reference');
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const highs = await highsLoader();

// --scale-only: just the scale rows, while working on speed.
const instances: { name: string; problem: RosterProblem; mip: boolean }[] = args.includes('--scale-only')
  ? []
  : [
      { name: 'tet', problem: tetInstance(), mip: true },
      { name: 'tet-short', problem: tetShortInstance(), mip: true },
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ name: `small-${i}`, problem: smallInstance(i), mip: true })),
      { name: 'month', problem: monthInstance(), mip: false },
    ];

const fmt = (n: number) => n.toFixed(2);
const perRole = (problem: RosterProblem, values: (number | null)[]) =>
  seatRoles(problem)
    .map((r, i) => `${r[0]!.toUpperCase()} ${values[i] === null ? '—' : fmt(values[i]!)}`)
    .join(' / ');

function lpBound(problem: RosterProblem): (number | null)[] {
  return seatRoles(problem).map((_, r) => {
    const model = buildRosterModel(problem, { objectiveRole: r, relax: true });
    const result = highs.solve(model.text, { output_flag: false, time_limit: 120 });
    return result.Status === 'Optimal' ? result.ObjectiveValue : null;
  });
}

/** HiGHS's answers for one instance, as stored. */
interface Reference {
  lpBound: (number | null)[];
  best: string;
  proven: string;
  /** The fewest empty seats any roster can have, when HiGHS proved it (null: not proven in 60 s). */
  minEmpty: number | null;
}
const REFERENCE_FILE = new URL('./highs-reference.json', import.meta.url);
const stored: Record<string, Reference> = reference || !existsSync(REFERENCE_FILE) ? {} : JSON.parse(readFileSync(REFERENCE_FILE, 'utf8'));

function fewestEmpty(problem: RosterProblem): number | null {
  const result = highs.solve(buildRosterModel(problem, { mostFilled: true }).text, { output_flag: false, time_limit: 60 });
  return result.Status === 'Optimal' ? problem.seats.length - Math.round(result.ObjectiveValue) : null;
}

function solveReference(problem: RosterProblem, mip: boolean): Reference {
  const best = mip ? mipReference(problem) : { text: 'too big for WASM (LP only)', proven: '—' };
  return { lpBound: lpBound(problem), best: best.text, proven: best.proven, minEmpty: mip ? fewestEmpty(problem) : null };
}

function mipReference(problem: RosterProblem): { text: string; proven: string } {
  const model = buildRosterModel(problem);
  const result = highs.solve(model.text, { output_flag: false, time_limit: 60 });
  if (result.Status === 'Infeasible') return { text: 'infeasible', proven: 'yes' };
  const assignments = model.assignments(result.Columns as Record<string, { Primal: number }>);
  if (assignments.length === 0) return { text: result.Status, proven: 'no' };
  const loads = maxRelativeLoadByRole(problem, assignments);
  const broken = checkRoster(problem, assignments).length;
  const text =
    perRole(
      problem,
      seatRoles(problem).map((r) => loads[r] ?? 0),
    ) + (broken ? ` (${broken} viol!)` : '');
  return { text, proven: result.Status === 'Optimal' ? 'yes' : 'no' };
}

/**
 * Scale: no MIP or LP fits, so the yardstick is the plan's own bound (balance.ts: the most even
 * split of each role's, skill's and night seats over who may take them, and the heaviest seat),
 * and the target is to stay within one shift weight (the role's heaviest seat) of it.
 */
const scaleRuns = Number(args[args.indexOf('--scale-runs') + 1]) || 3;
const scaleHeader = ['instance', 'people', 'seats', 'median ms', 'cpu ms', 'peak RSS MB', 'violations', 'empty', 'max rel. load', 'bound', 'gap ≤ heaviest seat'];
/** Runs the generator n times; wall time is what the user waits, CPU time what the code costs on a shared machine. */
function timedRuns(problem: Parameters<typeof generateRoster>[0], n: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result!: ReturnType<typeof generateRoster>;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    result = generateRoster(problem, { seed: 1, mode: 'regenerate' });
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    wall.push(performance.now() - t0);
  }
  return { wall, cpu, result };
}
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const scaleTable: string[][] = [];
for (const [people, days] of [
  [3000, 90],
  [10000, 31],
] as const) {
  const problem = scaleInstance(people, days);
  const { wall, cpu, result } = timedRuns(problem, scaleRuns);
  const median = (xs: number[]) => medianOf(xs).toFixed(0);
  const roles = seatRoles(problem);
  const loads = result.stats.maxRelativeLoadByRole;
  const bound = bestAchievableLoad(problem);
  const heaviest = (role: string) => Math.max(...problem.seats.filter((s) => s.role === role).map((s) => s.weight));
  const within = roles.every((r) => (loads[r] ?? 0) - (bound[r] ?? 0) <= heaviest(r) + 1e-9);
  scaleTable.push([
    `scale-${people}×${days}`,
    String(people),
    String(problem.seats.length),
    median(wall),
    median(cpu),
    // The process's peak so far (these rows run first, before HiGHS): an upper bound on what the row needed.
    (process.resourceUsage().maxRSS / 1024).toFixed(0),
    String(checkRoster(problem, result.assignments).length),
    String(result.unfilled.length),
    perRole(
      problem,
      roles.map((r) => loads[r] ?? 0),
    ),
    perRole(
      problem,
      roles.map((r) => bound[r] ?? 0),
    ),
    within ? 'yes' : 'NO',
  ]);
}
const SEEDS = [1, 2, 3, 4, 5];
const header = [
  'instance',
  'people',
  'seats',
  'median ms',
  'cpu ms',
  'violations',
  'empty (worst of 5 seeds)',
  'fewest empty (HiGHS)',
  'max rel. load (heuristic)',
  'LP bound',
  'HiGHS best ≤60 s',
  'optimal',
];
const table: string[][] = [];
const computed: Record<string, Reference> = {};
for (const { name, problem, mip } of instances) {
  // One warm-up run before the timed ones.
  generateRoster(problem, { seed: 1, mode: 'regenerate' });
  const { wall, cpu, result } = timedRuns(problem, runs);
  const median = (xs: number[]) => medianOf(xs).toFixed(1);
  const loads = result.stats.maxRelativeLoadByRole;
  const worstEmpty = Math.max(...SEEDS.map((seed) => generateRoster(problem, { seed, mode: 'regenerate' }).unfilled.length));
  const ref = reference ? solveReference(problem, mip) : stored[name];
  if (ref) computed[name] = ref;
  const minEmpty = ref?.minEmpty ?? null;
  table.push([
    name,
    String(problem.people.length),
    String(problem.seats.length),
    median(wall),
    median(cpu),
    // Hard-rule breaches other than the empty seats, which the next column counts.
    String(checkRoster(problem, result.assignments).filter((v) => v.code !== 'SEAT_UNFILLED').length),
    String(worstEmpty) + (minEmpty !== null && worstEmpty > minEmpty ? ' (MORE THAN PROVEN!)' : ''),
    minEmpty === null ? '—' : String(minEmpty),
    perRole(
      problem,
      seatRoles(problem).map((r) => loads[r] ?? 0),
    ),
    ref ? perRole(problem, ref.lpBound) : 'run --reference',
    ref?.best ?? '—',
    ref?.proven ?? '—',
  ]);
}
if (reference) writeFileSync(REFERENCE_FILE, `${JSON.stringify(computed, null, 2)}\n`);

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
if (table.length) printTable(header, table);
if (table.length) console.log('\nmax rel. load = largest weighted load ÷ availability per role (L leader, T technician); LP bound = HiGHS LP relaxation of the min-max model per role.');

console.log('');
printTable(scaleHeader, scaleTable);
console.log('\nScale rows: 4 × 6 h shifts, 10 seats; targets < 5 s, < 500 MB, max rel. load within the heaviest seat of the bound (balance.ts, per role).');

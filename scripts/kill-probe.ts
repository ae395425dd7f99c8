/**
 * kill -9 at random moments over every kind of write the CLI makes, checking after each kill that
 * nothing was lost or half-written: the store loads with no file reported damaged, a plan's published
 * versions never go down, and every file a command writes is either absent, its old self or whole.
 *
 *   npx tsx scripts/kill-probe.ts --kills 120 [--seed 7]
 *
 * Prints one line per command with its kills and what held; exits 1 at the first broken check.
 * tests/cli/kill-probe.test.ts runs a short round of it in `npm test`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { noEvents, randomIds, systemClock } from '../electron/services/adapters';
import { createServices } from '../electron/services/app';
import { confFactory } from '../electron/services/store/conf-factory';
import { dutyWindowFor } from '../shared/calendar/duty-window';
import { holidayPlanInput } from '../shared/calendar/holiday-plan';
import { holidayOf } from '../shared/calendar/holidays';
import { planToProblem } from '../shared/plan/expand';
import { Plan } from '../shared/plan/schema';
import { generateRoster } from '../shared/roster/generate';
import { SAMPLE_STAFF } from '../shared/staff/sample';

const ROOT = join(import.meta.dirname, '..');

interface Fixture {
  dir: string;
  data: string;
  planFile: string;
  storedId: string;
  shiftId: string;
}

interface Probe {
  name: string;
  args: (f: Fixture, n: number) => string[];
  /** Files the command writes, each checked whole (or absent / unchanged). */
  outputs: (f: Fixture) => string[];
  check: (path: string) => void;
}

const wholeJsonPlan = (path: string) => void Plan.parse(JSON.parse(readFileSync(path, 'utf8')));
const wholeCalendar = (path: string) => {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('BEGIN:VCALENDAR') || !text.trimEnd().endsWith('END:VCALENDAR')) throw new Error(`${path}: a calendar cut short`);
  void new ICAL.Component(ICAL.parse(text));
};
const wholeZip = (path: string) => void unzipSync(new Uint8Array(readFileSync(path)));
const feedFiles = (f: Fixture) => {
  const folder = join(f.dir, 'feed');
  return existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.ics') && !n.startsWith('.')).map((n) => join(folder, n)) : [];
};

/** Every kind of write the CLI makes: a plan file in place, the store, and the files it exports. */
export const PROBES: Probe[] = [
  { name: 'publish FILE (in place)', args: (f, n) => ['publish', f.planFile, '--note', `lần ${n}`], outputs: (f) => [f.planFile], check: wholeJsonPlan },
  { name: 'generate FILE -o FILE', args: (f, n) => ['generate', f.planFile, '-o', f.planFile, '--seed', String(n)], outputs: (f) => [f.planFile], check: wholeJsonPlan },
  { name: 'publish PLAN (store)', args: (f, n) => ['publish', f.storedId, '--note', `lần ${n}`], outputs: () => [], check: () => {} },
  { name: 'plan import --keep-both', args: (f) => ['plan', 'import', f.planFile, '--keep-both'], outputs: () => [], check: () => {} },
  { name: 'plan export -o', args: (f) => ['plan', 'export', f.storedId, '-o', join(f.dir, 'xuat.lichtruc.json')], outputs: (f) => [join(f.dir, 'xuat.lichtruc.json')], check: wholeJsonPlan },
  { name: 'export ics --out', args: (f) => ['export', 'ics', f.storedId, '--out', join(f.dir, 'lich.ics')], outputs: (f) => [join(f.dir, 'lich.ics')], check: wholeCalendar },
  { name: 'staff export xlsx -o', args: (f) => ['staff', 'export', '--format', 'xlsx', '-o', join(f.dir, 'danh-ba.xlsx')], outputs: (f) => [join(f.dir, 'danh-ba.xlsx')], check: wholeZip },
  { name: 'feed write --dir', args: (f) => ['feed', 'write', f.storedId, '--dir', join(f.dir, 'feed'), '--base-url', 'https://intranet.donvi.gov.vn/lich/'], outputs: feedFiles, check: wholeCalendar },
  { name: 'log --note (duty log)', args: (f, n) => ['log', f.storedId, '--shift', f.shiftId, '--note', `ghi chú ${n}`], outputs: () => [], check: () => {} },
  { name: 'readiness add', args: (f, n) => ['readiness', f.storedId, 'add', `Việc ${n}`], outputs: () => [], check: () => {} },
];

const servicesOver = (data: string) => createServices({ dataDir: data, confFactory, clock: systemClock, ids: randomIds, events: noEvents }, { error: () => {} });

/** A data folder with the sample staff and a generated, published Tết plan, and the same plan as a file. */
async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-kill-probe-'));
  const data = join(dir, 'data');
  const services = servicesOver(data);
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  const tet = holidayOf(2026, 'tet-nguyen-dan');
  const created = await services.plans.create(holidayPlanInput(tet, dutyWindowFor(tet)));
  const { assignments } = generateRoster(planToProblem(created), { seed: 1 });
  await services.plans.update(created.id, { assignments });
  const published = await services.plans.publish(created.id);
  const planFile = join(dir, 'tet.lichtruc.json');
  writeFileSync(planFile, JSON.stringify({ ...published, id: 'tet-file' }, null, 2));
  return { dir, data, planFile, storedId: created.id, shiftId: planToProblem(published).shifts[0]!.id };
}

/** Runs the CLI as a user would and kills it after `afterMs` (or lets it finish when it is quicker). */
async function runKilled(args: string[], data: string, afterMs: number): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), ...args], { cwd: ROOT, env: { ...process.env, LICH_TRUC_DATA_DIR: data }, stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
  const [, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  return signal === 'SIGKILL' ? 'killed' : 'finished';
}

/** How many published versions each plan holds; checked to never go down. */
function versionCounts(f: Fixture): Map<string, number> {
  const counts = new Map<string, number>([['file', Plan.parse(JSON.parse(readFileSync(f.planFile, 'utf8'))).versions.length]]);
  const services = servicesOver(f.data);
  for (const summary of services.plans.list()) counts.set(summary.id, services.plans.get(summary.id).versions.length);
  // Every document the commands write is read back: the duty log and the checklist too.
  services.dutyLog.read(f.storedId);
  services.readiness.view(f.storedId);
  const damaged = services.startupCheck();
  if (damaged.length) throw new Error(`the store reported damage: ${JSON.stringify(damaged)}`);
  return counts;
}

export interface ProbeResult {
  name: string;
  runs: number;
  kills: number;
  finished: number;
  checks: number;
}

/** Deterministic from the seed: which command and when to kill it. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32);
}

export async function runProbe({ kills, seed = 7, log = () => {} }: { kills: number; seed?: number; log?: (line: string) => void }): Promise<ProbeResult[]> {
  const fixture = await makeFixture();
  const next = random(seed);
  const results = PROBES.map((p) => ({ name: p.name, runs: 0, kills: 0, finished: 0, checks: 0 }));
  // How long each command takes when left alone, so kills land across its whole run.
  const durations = new Map<string, number>();
  let before = versionCounts(fixture);
  try {
    let killed = 0;
    for (let n = 1; killed < kills; n++) {
      const index = Math.floor(next() * PROBES.length);
      const probe = PROBES[index]!;
      const result = results[index]!;
      let full = durations.get(probe.name);
      if (full === undefined) {
        const start = performance.now();
        await runKilled(probe.args(fixture, n), fixture.data, 120_000);
        full = performance.now() - start;
        durations.set(probe.name, full);
      }
      const outcome = await runKilled(probe.args(fixture, n), fixture.data, next() * full * 1.1);
      result.runs++;
      if (outcome === 'killed') (result.kills++, killed++);
      else result.finished++;
      for (const path of probe.outputs(fixture)) {
        if (!existsSync(path)) continue;
        try {
          probe.check(path);
        } catch (error) {
          throw new Error(`after a kill of "${probe.name}": ${path} is not whole: ${error instanceof Error ? error.message : String(error)}`);
        }
        result.checks++;
      }
      const after = versionCounts(fixture);
      for (const [id, count] of before) {
        if ((after.get(id) ?? 0) < count) throw new Error(`after a kill of "${probe.name}": plan ${id} went from ${count} published versions to ${after.get(id) ?? 0}`);
      }
      result.checks++;
      before = after;
      if (n % 10 === 0) log(`  ${killed}/${kills} kills`);
    }
    return results;
  } finally {
    rmSync(fixture.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { kills: { type: 'string', default: '100' }, seed: { type: 'string', default: '7' } } });
  const kills = Number(values.kills);
  const started = performance.now();
  runProbe({ kills, seed: Number(values.seed), log: (line) => console.log(line) }).then(
    (results) => {
      console.log(`\n${'command'.padEnd(28)} runs  kills  finished  checks`);
      for (const r of results) console.log(`${r.name.padEnd(28)} ${String(r.runs).padStart(4)}  ${String(r.kills).padStart(5)}  ${String(r.finished).padStart(8)}  ${String(r.checks).padStart(6)}`);
      const total = results.reduce((t, r) => ({ runs: t.runs + r.runs, kills: t.kills + r.kills, checks: t.checks + r.checks }), { runs: 0, kills: 0, checks: 0 });
      console.log(`\n${total.kills} kills in ${total.runs} runs, ${total.checks} checks held, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

/**
 * kill -9 at random moments over every kind of write the CLI makes, and concurrent writers, checking
 * after each that nothing was lost:
 *  - every store document reads (or was restored from its backup, with a notice), and no published
 *    version, duty-log note, checklist task or staff member is gone;
 *  - every file the command writes is its old bytes or a whole new file, never a partial one;
 *  - the next run of the same command succeeds, in a few seconds (a dead holder's lock is taken
 *    over at once), tells the truth (a publish adds its version), and leaves no temp file of a dead
 *    writer behind;
 *  - two commands writing at once both report truthfully: what says it succeeded is there.
 *
 *   npx tsx scripts/kill-probe.ts --kills 120 [--seed 7] [--rounds 8] [--source | --cli FILE]
 *
 * Runs the built CLI (dist/cli/lich-truc.mjs, `npm run build` first; --cli a copy of it, so that a
 * rebuild during a long run changes nothing) or, with --source, the TypeScript through tsx. Prints the figures per command; exits 1 at the first broken check.
 * tests/cli/kill-probe.test.ts runs a short round of it in `npm test`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { noEvents, randomIds, systemClock } from '../electron/services/adapters';
import { createServices } from '../electron/services/app';
import { deadOnThisHost } from '../electron/services/files/process-owner';
import { isAbandoned, readHeld } from '../electron/services/store/file-lock';
import { confFactory } from '../electron/services/store/conf-factory';
import { dutyWindowFor } from '../shared/calendar/duty-window';
import { holidayPlanInput } from '../shared/calendar/holiday-plan';
import { holidayOf } from '../shared/calendar/holidays';
import { planToProblem } from '../shared/plan/expand';
import { Plan } from '../shared/plan/schema';
import { generateRoster } from '../shared/roster/generate';
import { SAMPLE_STAFF } from '../shared/staff/sample';
import { DEFAULT_SKILLS } from '../shared/staff/schema';
import { PROBES, type Counts, type Fixture, type Probe } from './kill-probe-commands';
import { asleepMs, sampleSchedstat, type TimeSplit } from './process-time';

const ROOT = join(import.meta.dirname, '..');
export const BUILT_CLI = join(ROOT, 'dist/cli/lich-truc.mjs');
/**
 * The next write after a kill may sleep this long (neither on a CPU nor waiting for one: a lock's
 * wait, the disk); a stale lock used to cost 12 s. Time spent waiting for a CPU is the machine's
 * load, not the kill's, and is only reported. Without /proc: the whole run, beyond twice the
 * command's time alone.
 */
const NEXT_WRITE_SLACK_MS = 4000;
/** In a quick round, each kill lands this many ms at most after the command began writing. */
const QUICK_AIM_MS = 30;
/** conf's temp files carry no owner; a later writer removes them once this old (write-lock.ts). */
const STORE_TEMP_AGE_MS = 60_000;

const seconds = (ms: number) => (ms / 1000).toFixed(1);

const servicesOver = (data: string) => createServices({ dataDir: data, confFactory, clock: systemClock, ids: randomIds, events: noEvents }, { error: () => {} });

/** A generated, published plan of a holiday in the store. */
async function publishedPlan(services: ReturnType<typeof servicesOver>, year: number) {
  const tet = holidayOf(year, 'tet-nguyen-dan');
  const created = await services.plans.create(holidayPlanInput(tet, dutyWindowFor(tet)));
  const { assignments } = generateRoster(planToProblem(created, DEFAULT_SKILLS), { seed: 1, mode: 'regenerate' });
  await services.plans.update(created.id, { assignments });
  return services.plans.publish(created.id);
}

/**
 * A data folder with the sample staff and a generated, published plan of Tết 2026, and as a file
 * the published plan of Tết 2025, stored too: importing the file is always a second copy (kept as
 * a draft), and no two published plans put anyone on duty at once (a publish would be refused).
 */
async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-kill-probe-'));
  const data = join(dir, 'data');
  const services = servicesOver(data);
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  // Calendars name the unit as their organiser.
  await services.settings.update({ organisation: { unitEmail: 'cntt@donvi.gov.vn' } });
  const published = await publishedPlan(services, 2026);
  // The checklist stored once: its first write also stores the preset tasks, which a kill would not count as one more.
  await services.readiness.add(published.id, { title: 'Rà soát lỗ hổng' });
  const planFile = join(dir, 'tet.lichtruc.json');
  writeFileSync(planFile, JSON.stringify(await publishedPlan(services, 2025), null, 2));
  // The feed folder is the web server's: the command writes into it, it does not create it.
  mkdirSync(join(dir, 'feed'));
  return { dir, data, planFile, storedId: published.id, shiftId: planToProblem(published, DEFAULT_SKILLS).shifts[0]!.id };
}

interface Run {
  killed: boolean;
  code: number | null;
  stderr: string;
  ms: number;
  time: TimeSplit;
  /** When the first of `marks` changed, ms after the start (null: none did). */
  writtenAtMs: number | null;
}

const signature = (path: string) => {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return 'absent';
  }
};

/**
 * Runs the CLI as a user would and notes when the first of `marks` changed; kills it `killAfterMs`
 * after its start, or `killAfterMarkMs` after that change, unless it ended first.
 */
async function runCli(
  cli: string[],
  args: string[],
  data: string,
  { killAfterMs, killAfterMarkMs, marks = [] }: { killAfterMs?: number; killAfterMarkMs?: number; marks?: string[] } = {},
): Promise<Run> {
  const initial = marks.map(signature);
  const started = performance.now();
  const child = spawn(process.execPath, [...cli, ...args], { cwd: ROOT, env: { ...process.env, LICH_TRUC_DATA_DIR: data }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let writtenAtMs: number | null = null;
  const sched = sampleSchedstat(child.pid);
  child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  let markTimer: NodeJS.Timeout | undefined;
  const poll = marks.length
    ? setInterval(() => {
        if (writtenAtMs !== null || marks.every((m, i) => signature(m) === initial[i])) return;
        writtenAtMs = performance.now() - started;
        if (killAfterMarkMs !== undefined) markTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMarkMs);
      }, 2)
    : undefined;
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  clearTimeout(markTimer);
  clearInterval(poll);
  const ms = performance.now() - started;
  const split = sched();
  return { killed: signal === 'SIGKILL', code, stderr, ms, time: { wallMs: ms, cpuMs: split?.cpuMs ?? null, queuedMs: split?.queuedMs ?? null }, writtenAtMs };
}

function counts(f: Fixture): Counts {
  const services = servicesOver(f.data);
  // Read first: a document damaged by a kill is restored here and reported.
  const notices = services.startupCheck();
  const versions = new Map<string, number[]>([['file', Plan.parse(JSON.parse(readFileSync(f.planFile, 'utf8'))).versions.map((v) => v.version)]]);
  const summaries = services.plans.list();
  for (const summary of summaries)
    versions.set(
      summary.id,
      services.plans.get(summary.id).versions.map((v) => v.version),
    );
  const shift = services.dutyLog.read(f.storedId).shifts.find((s) => s.shiftId === f.shiftId);
  const readiness = services.readiness.view(f.storedId);
  return {
    storedId: f.storedId,
    versions,
    plans: summaries.length,
    notes: shift?.notes.length ?? 0,
    tasks: readiness.stored ? readiness.tasks.length : 0,
    staff: services.directory.read().members.length,
    restored: notices.filter((n) => n.movedTo !== null).length,
  };
}

function lost(before: Counts, after: Counts): string | null {
  for (const [id, numbers] of before.versions) {
    const now = new Set(after.versions.get(id) ?? []);
    const gone = numbers.filter((n) => !now.has(n));
    if (gone.length) return `plan ${id} lost published version(s) ${gone.join(', ')}`;
  }
  for (const key of ['plans', 'notes', 'tasks', 'staff'] as const) if (after[key] < before[key]) return `${key} went from ${before[key]} to ${after[key]}`;
  return null;
}

/** Temp files under the fixture: ours (`.<name>.tmp-<host>-<pid>-<hex>`) and conf's (`<name>.tmp-<digits><hex>`, no owner). */
function temps(root: string): { owned: string[]; store: string[] } {
  const all = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).map((p) => join(root, p));
  const owned = all.filter((p) => /\/\.[^/]+\.tmp-[0-9a-f]{8}-(\d+)-[0-9a-f]{8}$/.test(p));
  const store = all.filter((p) => /\.tmp-\d{10}[0-9a-f]{6}$/.test(p));
  return { owned, store };
}

const ownerDead = (path: string) => {
  const [, host, pid] = /\.tmp-([0-9a-f]{8})-(\d+)-[0-9a-f]{8}$/.exec(path)!;
  return deadOnThisHost({ host: host!, pid: Number(pid) });
};

const bytes = (path: string) => (existsSync(path) ? readFileSync(path) : null);

export interface KindResult {
  name: string;
  /** Runs killed, and runs that ended before their kill (each is checked the same). */
  kills: number;
  endedFirst: number;
  /** Outputs found after a kill: unchanged, or replaced by a whole new file. */
  unchanged: number;
  replaced: number;
  /** Store documents restored from their backup after a kill. */
  restored: number;
  /** Dead writers' temp files found after a kill; all were gone after the next write (store ones once a minute old). */
  tempsLeft: number;
  /** ms of the command alone, when it wrote (ms after its start), and each next write after a kill. */
  aloneMs: number;
  writeAtMs: number;
  /** Kills aimed close to the moment of writing (the others fall anywhere in the run). */
  aimed: number;
  /** Locks the kills left behind, each judged dead at the next writer's first look. */
  locksLeft: number;
  next: TimeSplit[];
}

export interface ConcurrentResult {
  name: string;
  rounds: number;
  /** Commands that said they succeeded (and whose change was there), and that said they could not (and changed nothing). */
  succeeded: number;
  refused: number;
}

/** Deterministic from the seed: which command and when to kill it. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
}

const fail = (what: string, why: string): never => {
  throw new Error(`${what}: ${why}`);
};

/** Locks a kill may leave: the plan file's and the data folder's. */
const lockPaths = (f: Fixture) => [`${f.planFile}.lock`, join(f.data, 'write.lock')];

/** One kill and the next write of the same command; returns the counts after it (the next round's before). */
async function killRound(cli: string[], f: Fixture, probe: Probe, result: KindResult, n: number, kill: { afterMs: number } | { afterMarkMs: number }, known: Counts | null): Promise<Counts> {
  const where =
    'afterMs' in kill ? `kill ${n} of "${probe.name}" ${kill.afterMs.toFixed(0)} ms after its start` : `kill ${n} of "${probe.name}" ${kill.afterMarkMs.toFixed(0)} ms after it began writing`;
  const outputs = probe.outputs(f);
  const old = new Map(outputs.map((p) => [p, bytes(p)]));
  const before = known ?? counts(f);
  const run = await runCli(cli, probe.args(f, n), f.data, 'afterMs' in kill ? { killAfterMs: kill.afterMs } : { killAfterMarkMs: kill.afterMarkMs, marks: probe.marks(f) });
  if (run.killed) result.kills++;
  else if (run.code === 0) result.endedFirst++;
  else fail(where, `it ended by itself with ${run.code}: ${run.stderr}`);

  // Outputs: the old bytes, or a whole new file; a file that was absent may still be.
  for (const path of new Set([...outputs, ...probe.outputs(f)])) {
    const now = bytes(path);
    const was = old.get(path) ?? null;
    if (now === null) {
      if (was !== null) fail(where, `${relative(f.dir, path)} is gone`);
      continue;
    }
    if (was !== null && now.equals(was)) {
      result.unchanged++;
      continue;
    }
    try {
      probe.check(path);
    } catch (error) {
      fail(where, `${relative(f.dir, path)} is neither its old bytes nor a whole file (${now.length} bytes): ${error instanceof Error ? error.message : String(error)}`);
    }
    result.replaced++;
  }
  const afterKill = counts(f);
  result.restored += afterKill.restored;
  const loss = lost(before, afterKill);
  if (loss) fail(where, loss);

  const left = temps(f.dir);
  const deadOwned = left.owned.filter(ownerDead);
  result.tempsLeft += deadOwned.length + left.store.length;

  // A lock the kill left must be one the next writer takes over at its first look, whatever the
  // machine's load: its holder's pid is gone (or a zombie), never one that looks alive or no owner.
  for (const path of lockPaths(f)) {
    const held = readHeld(path);
    if (!held) continue;
    result.locksLeft++;
    if (!isAbandoned(held, 0))
      fail(where, `${relative(f.dir, path)} is left ${held.owner ? `held by pid ${held.owner.pid}, which still looks alive` : 'without its owner'}: the next writer would wait for it`);
  }

  // The next write: the same command, left alone.
  const next = await runCli(cli, probe.args(f, n + 100_000), f.data);
  if (next.code !== 0) fail(where, `the next run failed (${next.code}): ${next.stderr}`);
  result.next.push(next.time);
  const budget = next.time.cpuMs === null ? result.aloneMs * 2 + NEXT_WRITE_SLACK_MS : NEXT_WRITE_SLACK_MS;
  if (asleepMs(next.time) > budget)
    fail(
      where,
      `the next run slept ${seconds(asleepMs(next.time))} s of its ${seconds(next.ms)} s (on a CPU ${seconds(next.time.cpuMs ?? 0)} s, waiting for one ${seconds(next.time.queuedMs ?? 0)} s)`,
    );
  const afterNext = counts(f);
  if (probe.adds && !probe.adds(afterKill, afterNext)) fail(where, 'the next run said it succeeded but its change is not there');
  for (const path of probe.outputs(f)) {
    try {
      probe.check(path);
    } catch (error) {
      fail(where, `after the next run ${relative(f.dir, path)} is not whole: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // A dead writer's temp file of a file the next run wrote is gone; conf's owner-less ones go once a minute old, at a store write.
  const written = new Set(probe.outputs(f));
  const writesStore = probe.marks(f).some((m) => m.startsWith(f.data));
  const stillThere = temps(f.dir);
  const survivors = [
    ...stillThere.owned.filter((p) => deadOwned.includes(p) && [...written].some((w) => p.startsWith(join(dirname(w), `.${basename(w)}.tmp-`)))),
    // Only a store write sweeps them (under the write lock); an export reads the store.
    ...(writesStore ? stillThere.store.filter((p) => Date.now() - statSync(p).mtimeMs > STORE_TEMP_AGE_MS + 5000) : []),
  ];
  if (survivors.length) fail(where, `temp files of dead writers survived the next write: ${survivors.map((p) => relative(f.dir, p)).join(', ')}`);
  const stray = [...readdirSync(f.dir), ...readdirSync(f.data)].filter((name) => name.endsWith('.lock') || name.includes('.stale-'));
  if (stray.length) fail(where, `left behind: ${stray.join(', ')}`);
  return afterNext;
}

/** Two or more commands at once: each that says it succeeded has its change there, each refusal changed nothing. */
async function concurrentRounds(cli: string[], f: Fixture, rounds: number): Promise<ConcurrentResult[]> {
  const file: ConcurrentResult = { name: 'publish FILE ‖ generate FILE -o FILE', rounds: 0, succeeded: 0, refused: 0 };
  const store: ConcurrentResult = { name: 'publish PLAN ×2 ‖ log --note ‖ readiness add', rounds: 0, succeeded: 0, refused: 0 };
  for (let round = 1; round <= rounds; round++) {
    const where = `concurrent round ${round}`;
    // What generate must write, worked out alone on a copy (publishing does not change what it reads).
    const copy = join(f.dir, 'copy.lichtruc.json');
    copyFileSync(f.planFile, copy);
    const alone = await runCli(cli, ['generate', copy, '-o', copy, '--seed', String(round)], f.data);
    if (alone.code !== 0) fail(where, `generate alone failed: ${alone.stderr}`);
    const expected = JSON.stringify(Plan.parse(JSON.parse(readFileSync(copy, 'utf8'))).assignments);
    rmSync(copy);

    const before = counts(f);
    const note = `cùng lúc ${round}`;
    const [generated, published] = await Promise.all([
      runCli(cli, ['generate', f.planFile, '-o', f.planFile, '--seed', String(round)], f.data),
      runCli(cli, ['publish', f.planFile, '--note', note], f.data),
    ]);
    const plan = Plan.parse(JSON.parse(readFileSync(f.planFile, 'utf8')));
    const after = counts(f);
    const loss = lost(before, after);
    if (loss) fail(where, loss);
    const publishedThere = plan.versions.some((v) => v.note === note);
    if ((published.code === 0) !== publishedThere) fail(where, `publish said ${published.code} and its version is ${publishedThere ? '' : 'not '}there: ${published.stderr}`);
    const generatedThere = JSON.stringify(plan.assignments) === expected;
    if ((generated.code === 0) !== generatedThere) fail(where, `generate said ${generated.code} and its roster is ${generatedThere ? '' : 'not '}there: ${generated.stderr}`);
    file.rounds++;
    for (const r of [generated, published]) {
      if (r.code === 0) file.succeeded++;
      else file.refused++;
    }

    const beforeStore = counts(f);
    const notes = [`A ${round}`, `B ${round}`];
    const runs = await Promise.all([
      runCli(cli, ['publish', f.storedId, '--note', notes[0]!], f.data),
      runCli(cli, ['publish', f.storedId, '--note', notes[1]!], f.data),
      runCli(cli, ['log', f.storedId, '--shift', f.shiftId, '--note', `cùng lúc ${round}`], f.data),
      runCli(cli, ['readiness', f.storedId, 'add', `Cùng lúc ${round}`], f.data),
    ]);
    const afterStore = counts(f);
    const lossStore = lost(beforeStore, afterStore);
    if (lossStore) fail(where, lossStore);
    const services = servicesOver(f.data);
    const stored = services.plans.get(f.storedId);
    const there = [
      ...notes.map((n) => stored.versions.some((v) => v.note === n)),
      services.dutyLog.read(f.storedId).shifts.some((s) => s.notes.some((x) => x.text === `cùng lúc ${round}`)),
      services.readiness.view(f.storedId).tasks.some((t) => t.title === `Cùng lúc ${round}`),
    ];
    runs.forEach((r, i) => {
      if ((r.code === 0) !== there[i]) fail(where, `store writer ${i + 1} said ${r.code} and its change is ${there[i] ? '' : 'not '}there: ${r.stderr}`);
      if (r.code === 0) store.succeeded++;
      else store.refused++;
    });
    store.rounds++;
  }
  return [file, store];
}

export interface ProbeOptions {
  kills: number;
  /** Concurrent rounds after the kills. */
  rounds?: number;
  seed?: number;
  /** Names of PROBES to use (all by default). */
  kinds?: string[];
  /**
   * Each kind in turn rather than at random, every kill aimed at the moment it begins writing
   * (up to QUICK_AIM_MS after), with no run alone first: the short round of `npm test`.
   */
  quick?: boolean;
  /** The CLI's node arguments: the built file by default. */
  cli?: string[];
  log?: (line: string) => void;
}

export async function runProbe({
  kills,
  rounds = 0,
  seed = 7,
  kinds,
  quick = false,
  cli = [BUILT_CLI],
  log = () => {},
}: ProbeOptions): Promise<{ kinds: KindResult[]; concurrent: ConcurrentResult[] }> {
  if (cli[0] === BUILT_CLI && !existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: npm run build first (or --source)`);
  const probes = kinds ? PROBES.filter((p) => kinds.includes(p.name)) : PROBES;
  const fixture = await makeFixture();
  const next = random(seed);
  const results: KindResult[] = probes.map((p) => ({
    name: p.name,
    kills: 0,
    endedFirst: 0,
    unchanged: 0,
    replaced: 0,
    restored: 0,
    tempsLeft: 0,
    aloneMs: 0,
    writeAtMs: 0,
    aimed: 0,
    locksLeft: 0,
    next: [],
  }));
  try {
    let runs = 0;
    let known: Counts | null = null;
    for (let n = 1; results.reduce((t, r) => t + r.kills, 0) < kills; n++) {
      // Quick: the kind killed least so far (one that ended before its kill goes again).
      const index = quick ? results.reduce((least, r, i) => (r.kills < results[least]!.kills ? i : least), 0) : Math.floor(next() * probes.length);
      const probe = probes[index]!;
      const result = results[index]!;
      if (quick) {
        result.aimed++;
        known = await killRound(cli, fixture, probe, result, n, { afterMarkMs: next() * QUICK_AIM_MS }, known);
        continue;
      }
      // How long the command takes alone, so kills land across its whole run (start-up included).
      if (!result.aloneMs) {
        known = null;
        const alone = await runCli(cli, probe.args(fixture, n + 200_000), fixture.data, { marks: probe.marks(fixture) });
        if (alone.code !== 0) fail(probe.name, `it fails alone: ${alone.stderr}`);
        if (alone.writtenAtMs === null) fail(probe.name, 'it wrote nothing where it should');
        result.aloneMs = alone.ms;
        result.writeAtMs = alone.writtenAtMs!;
      }
      // Half the kills anywhere in the run; half once it has begun writing (a lock or temp file
      // appears, the file changes), anywhere from there to its end: start-up alone varies more
      // under load than a write lasts.
      const aimed = next() < 0.5;
      if (aimed) result.aimed++;
      const kill = aimed ? { afterMarkMs: next() * (result.aloneMs - result.writeAtMs) } : { afterMs: next() * result.aloneMs * 1.1 };
      known = await killRound(cli, fixture, probe, result, n, kill, known);
      if (++runs % 10 === 0) log(`  ${results.reduce((t, r) => t + r.kills, 0)}/${kills} kills`);
    }
    const concurrent = rounds ? await concurrentRounds(cli, fixture, rounds) : [];
    return { kinds: results, concurrent };
  } finally {
    rmSync(fixture.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '120' },
      seed: { type: 'string', default: '7' },
      rounds: { type: 'string', default: '8' },
      source: { type: 'boolean', default: false },
      cli: { type: 'string', default: BUILT_CLI },
    },
  });
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const cli = values.source ? ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts')] : [values.cli];
  const split = (t: TimeSplit) => `${seconds(t.wallMs)} (${seconds(asleepMs(t))} asleep, ${seconds(t.cpuMs ?? 0)} cpu, ${seconds(t.queuedMs ?? 0)} queued)`;
  runProbe({ kills: Number(values.kills), rounds: Number(values.rounds), seed: Number(values.seed), cli, log: (line) => console.log(line) }).then(
    ({ kinds, concurrent }) => {
      console.log(`\n${'command'.padEnd(26)} kills aimed ended  same whole restored temps locks alone s write s  next s: median, slowest (asleep, cpu, waiting for a cpu)`);
      for (const r of kinds) {
        const sorted = [...r.next].sort((x, y) => x.wallMs - y.wallMs);
        const cells = [r.kills, r.aimed, r.endedFirst, r.unchanged, r.replaced, r.restored, r.tempsLeft, r.locksLeft].map((v, i) => String(v).padStart([5, 5, 5, 5, 5, 8, 5, 5][i]!));
        const next = sorted.length ? `${seconds(sorted[Math.floor(sorted.length / 2)]!.wallMs)}, ${split(sorted.at(-1)!)}` : '-';
        console.log(`${r.name.padEnd(26)} ${cells.join(' ')} ${seconds(r.aloneMs).padStart(7)} ${seconds(r.writeAtMs).padStart(7)}  ${next}`);
      }
      for (const c of concurrent) console.log(`${c.name}: ${c.rounds} rounds, ${c.succeeded} succeeded and were there, ${c.refused} refused and changed nothing`);
      const all = kinds.flatMap((r) => r.next);
      const slowest = all.reduce((a, b) => (b.wallMs > a.wallMs ? b : a), all[0]!);
      const sleepiest = all.reduce((a, b) => (asleepMs(b) > asleepMs(a) ? b : a), all[0]!);
      const total = kinds.reduce((t, r) => t + r.kills, 0);
      console.log(`\n${total} kills, nothing lost, ${seconds(performance.now() - started)} s, load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end`);
      if (all.length) console.log(`slowest next write ${split(slowest)}; longest asleep ${split(sleepiest)}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

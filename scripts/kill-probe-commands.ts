/**
 * The commands the kill probe (scripts/kill-probe.ts) kills: every kind of write the CLI makes, with
 * how each one's files are checked whole, where its write shows, and what a finished run adds.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { Plan } from '../shared/plan/schema';

export interface Fixture {
  dir: string;
  data: string;
  planFile: string;
  storedId: string;
  shiftId: string;
}

export interface Probe {
  name: string;
  args: (f: Fixture, n: number) => string[];
  /** Files the command writes, each checked whole (or unchanged, or absent as before). */
  outputs: (f: Fixture) => string[];
  check: (path: string) => void;
  /** Where the write shows: files (or folders, for a file created inside) whose change marks the moment of writing. */
  marks: (f: Fixture) => string[];
  /** What a finished run must have added, seen in the counts. */
  adds?: (before: Counts, after: Counts) => boolean;
}

const wholeJsonPlan = (path: string) => void Plan.parse(JSON.parse(readFileSync(path, 'utf8')));
const wholeCalendar = (path: string) => {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('BEGIN:VCALENDAR') || !text.trimEnd().endsWith('END:VCALENDAR')) throw new Error('a calendar cut short');
  void new ICAL.Component(ICAL.parse(text));
};
const wholeZip = (path: string) => void unzipSync(new Uint8Array(readFileSync(path)));
const feedFiles = (f: Fixture) => {
  const folder = join(f.dir, 'feed');
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => n.endsWith('.ics') && !n.startsWith('.'))
        .map((n) => join(folder, n))
    : [];
};
const stored = (f: Fixture, dir: string) => join(f.data, dir, `${f.storedId}.json`);
/** A file and its folder: the folder changes as a temp or lock file appears in it, the file when it is replaced. */
const around = (path: string) => [dirname(path), path];
const oneMore = (key: 'plans' | 'notes' | 'tasks') => (before: Counts, after: Counts) => after[key] === before[key] + 1;
const oneMoreVersion = (id: (c: Counts) => string) => (before: Counts, after: Counts) => (after.versions.get(id(after))?.length ?? 0) === (before.versions.get(id(before))?.length ?? 0) + 1;

/** Every kind of write the CLI makes: a plan file in place, the store, and the files it exports. */
export const PROBES: Probe[] = [
  {
    name: 'publish FILE (in place)',
    args: (f, n) => ['publish', f.planFile, '--note', `lần ${n}`],
    outputs: (f) => [f.planFile],
    marks: (f) => around(f.planFile),
    check: wholeJsonPlan,
    adds: oneMoreVersion(() => 'file'),
  },
  {
    name: 'generate FILE -o FILE',
    args: (f, n) => ['generate', f.planFile, '-o', f.planFile, '--seed', String(n)],
    outputs: (f) => [f.planFile],
    marks: (f) => around(f.planFile),
    check: wholeJsonPlan,
  },
  {
    name: 'publish PLAN (store)',
    args: (f, n) => ['publish', f.storedId, '--note', `lần ${n}`],
    outputs: () => [],
    marks: (f) => around(stored(f, 'plans')),
    check: () => {},
    adds: oneMoreVersion((c) => c.storedId),
  },
  { name: 'plan import --keep-both', args: (f) => ['plan', 'import', f.planFile, '--keep-both'], outputs: () => [], marks: (f) => [join(f.data, 'plans')], check: () => {}, adds: oneMore('plans') },
  {
    name: 'plan export -o',
    args: (f) => ['plan', 'export', f.storedId, '-o', join(f.dir, 'xuat.lichtruc.json')],
    outputs: (f) => [join(f.dir, 'xuat.lichtruc.json')],
    marks: (f) => around(join(f.dir, 'xuat.lichtruc.json')),
    check: wholeJsonPlan,
  },
  {
    name: 'export ics --out',
    args: (f) => ['export', 'ics', f.storedId, '--out', join(f.dir, 'lich.ics')],
    outputs: (f) => [join(f.dir, 'lich.ics')],
    marks: (f) => around(join(f.dir, 'lich.ics')),
    check: wholeCalendar,
  },
  {
    name: 'staff export xlsx -o',
    args: (f) => ['staff', 'export', '--format', 'xlsx', '-o', join(f.dir, 'danh-ba.xlsx')],
    outputs: (f) => [join(f.dir, 'danh-ba.xlsx')],
    marks: (f) => around(join(f.dir, 'danh-ba.xlsx')),
    check: wholeZip,
  },
  {
    name: 'feed write --dir',
    args: (f) => ['feed', 'write', f.storedId, '--dir', join(f.dir, 'feed'), '--base-url', 'https://intranet.donvi.gov.vn/lich/'],
    outputs: feedFiles,
    marks: (f) => [join(f.dir, 'feed')],
    check: wholeCalendar,
  },
  {
    name: 'log --note (duty log)',
    args: (f, n) => ['log', f.storedId, '--shift', f.shiftId, '--note', `ghi chú ${n}`],
    outputs: () => [],
    marks: (f) => around(stored(f, 'duty-logs')),
    check: () => {},
    adds: oneMore('notes'),
  },
  { name: 'readiness add', args: (f, n) => ['readiness', f.storedId, 'add', `Việc ${n}`], outputs: () => [], marks: (f) => around(stored(f, 'readiness')), check: () => {}, adds: oneMore('tasks') },
];

/** What must never go down: published versions per plan (the file's as 'file'), notes, tasks, plans, staff. */
export interface Counts {
  storedId: string;
  versions: Map<string, number[]>;
  plans: number;
  notes: number;
  tasks: number;
  staff: number;
  /** Store documents restored from a backup on this read (each with its notice). */
  restored: number;
}

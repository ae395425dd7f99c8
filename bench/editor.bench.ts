/**
 * `npx tsx bench/editor.bench.ts [--runs N] [--edits N]`: the roster editor on the month instance
 * (31 days × 4 shifts × 8 seats, 300 people) in Debian's Chromium, against the real services over a
 * temporary folder. Reads the editor's own Performance API measures (renderer/src/screens/roster/
 * perf.ts): the first render of the loaded plan, and an edit until grid, checks and fairness are
 * committed. Targets: first render < 800 ms, edit < 50 ms. A benchmark, not a test: it prints.
 *
 * Then the Tết 2026 plan of the sample staff filled by hand with the keyboard, seat after seat in
 * the Cả kỳ view, towards a generated roster: for each seat the fewest letters of the name (given
 * name first, no diacritics) after which the wanted person heads the list, then Enter. Printed
 * beside a spreadsheet's count (each full name typed into its cell, then Enter), with the edit
 * latency of those assignments.
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { systemClock } from '../electron/services/adapters';
import { planToProblem } from '../shared/plan/expand';
import type { ShiftTemplate } from '../shared/plan/pattern';
import { dutyWindowFor } from '../shared/calendar/duty-window';
import { holidayPlanInput } from '../shared/calendar/holiday-plan';
import { holidayOf } from '../shared/calendar/holidays';
import { windowDays } from '../shared/plan/window-days';
import { generateRoster } from '../shared/roster/generate';
import { rosterGrid } from '../shared/roster/grid';
import { SAMPLE_STAFF } from '../shared/staff/sample';
import { foldDiacritics } from '../shared/staff/normalize';
import type { Page } from '@playwright/test';
import type { StaffMember } from '../shared/staff/schema';
import { epochToVn } from '../shared/time/zone';
import { bindServices, servicesForPage } from '../tests/e2e/harness/page-services';
import { serveStatic } from '../tests/e2e/harness/static-server';
import { MONTH_SEATS, PATTERN_4X6, monthInstance } from './instances';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(name) + 1]) || fallback;
const runs = option('--runs', 5);
const editsPerRun = option('--edits', 10);

const FIRST_RENDER = 'roster:first-render';
const EDIT = 'roster:edit';

execSync('npm run build', { stdio: 'ignore' });

/** The stored plan of the month instance: its people as directory members and participants, its pattern and seats. */
function monthPlanParts() {
  const month = monthInstance();
  const staff: StaffMember[] = month.people.map((p) => ({
    id: p.id,
    fullName: p.name,
    title: '',
    unit: '',
    phone: `09${p.id.slice(1).padStart(8, '0')}`,
    email: '',
    roles: p.roles,
    skills: p.skills,
    active: true,
    notes: '',
  }));
  const participants = month.people.map((p) => ({
    staffId: p.id,
    leave: p.leave.map((l) => ({ start: epochToVn(l.start), end: epochToVn(l.end), reason: l.reason })),
    noNights: p.noNights,
    preferredDays: [],
    avoidedDays: [],
  }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const shifts: ShiftTemplate[] = PATTERN_4X6.map((s) => ({ id: s.id, label: s.label, start: s.start, end: `${pad((Number(s.start.slice(0, 2)) + s.hours) % 24)}:${s.start.slice(3)}` }));
  return {
    staff,
    window: { start: epochToVn(month.windowStart), end: epochToVn(month.windowEnd) },
    changes: {
      participants,
      pattern: { presetId: null, shifts },
      seats: { default: MONTH_SEATS, overrides: [] },
      specialDays: [
        { date: '2026-04-30', kind: 'holiday' as const, label: 'Ngày Giải phóng miền Nam' },
        { date: '2026-05-01', kind: 'holiday' as const, label: 'Ngày Quốc tế Lao động' },
      ],
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const dataDir = mkdtempSync(join(tmpdir(), 'lich-truc-bench-'));
const server = await serveStatic(resolve('dist/renderer'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const services = servicesForPage(page, dataDir, systemClock)();
  await bindServices(page, () => services);

  const parts = monthPlanParts();
  await services.ctx.store.lock.run(() => services.directory.write(parts.staff));
  const created = await services.plans.create({ name: 'Bench: một tháng, 300 người', window: parts.window });
  const shaped = await services.plans.update(created.id, parts.changes);
  const problem = planToProblem(shaped);
  const roster = generateRoster(problem, { seed: 1, mode: 'regenerate' });
  await services.plans.update(shaped.id, { assignments: roster.assignments });

  const measures = (name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
  const firstRender: number[] = [];
  const loadToGrid: number[] = [];
  const edits: number[] = [];
  for (let run = 0; run < runs; run++) {
    // A fresh document each time: a hash-only change would not reload the page.
    await page.goto('about:blank');
    await page.goto(`${server.url}#/roster/${shaped.id}`);
    await page.locator('.roster-grid').waitFor();
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, FIRST_RENDER);
    firstRender.push(...(await measures(FIRST_RENDER)));
    // From navigation start to the committed grid: what the user waits for when opening the plan.
    loadToGrid.push(...(await page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.startTime + e.duration), FIRST_RENDER)));

    // Alternate clearing a seat and undoing it: two edits that touch one cell, checks and fairness each.
    await page.locator('[data-seat-id]').nth(40).focus();
    for (let i = 0; i < editsPerRun; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'Delete' : 'Control+z');
      await page.waitForFunction(([n, count]) => performance.getEntriesByName(n, 'measure').length >= count, [EDIT, i + 1] as const);
    }
    edits.push(...(await measures(EDIT)));
  }

  const typing = await fillTetByTyping(page, services);

  const seats = problem.seats.length;
  const rows: [string, number[], number][] = [
    ['first render (plan loaded → grid, checks, fairness committed)', firstRender, 800],
    ['edit → grid, checks, fairness committed', edits, 50],
    ['navigation start → grid committed (for reference)', loadToGrid, Number.NaN],
  ];
  console.log(`editor bench: month instance, ${problem.shifts.length} shifts, ${seats} seats, ${problem.people.length} people, ${runs} loads, ${edits.length} edits`);
  console.log(['measure', 'median ms', 'max ms', 'target ms', 'ok'].join(' | '));
  for (const [name, xs, target] of rows) {
    const m = median(xs);
    console.log([name, m.toFixed(1), Math.max(...xs).toFixed(1), Number.isNaN(target) ? '—' : `< ${target}`, Number.isNaN(target) ? '—' : m < target ? 'yes' : 'NO'].join(' | '));
  }
  console.log('');
  console.log(`fill Tết 2026 by keyboard: ${typing.seats} seats (${typing.days} days × ${typing.shiftsPerDay} shifts × ${typing.seatsPerShift} seats), ${SAMPLE_STAFF.length} people`);
  console.log(['task', 'keystrokes', 'per seat', 'clicks'].join(' | '));
  console.log(['Lịch Trực: type letters, Enter (goes on to the next seat)', typing.keys, (typing.keys / typing.seats).toFixed(2), 1].join(' | '));
  console.log(['  of which letters / arrow keys / Enter', `${typing.letters} / ${typing.arrows} / ${typing.enters}`, '', ''].join(' | '));
  console.log(['spreadsheet: each full name typed into its cell, Enter', typing.spreadsheetKeys, (typing.spreadsheetKeys / typing.seats).toFixed(2), 1].join(' | '));
  console.log(`no more keystrokes than the spreadsheet: ${typing.keys <= typing.spreadsheetKeys ? 'yes' : 'NO'} (${((100 * typing.keys) / typing.spreadsheetKeys).toFixed(0)} % of it)`);
  console.log(
    `assignment by typing → grid, checks, fairness committed: median ${median(typing.edits).toFixed(1)} ms, max ${Math.max(...typing.edits).toFixed(1)} ms (target < 50: ${median(typing.edits) < 50 ? 'yes' : 'NO'})`,
  );
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/** The wanted person's name as typed without diacritics, given name first: "Nguyễn Văn An" → "an nguyen van". */
const typedName = (fullName: string) => {
  const words = foldDiacritics(fullName).split(' ');
  return [words.at(-1), ...words.slice(0, -1)].join(' ');
};

/** Fills every seat of the sample Tết plan by typing, counting each key pressed. */
async function fillTetByTyping(page: Page, services: ReturnType<ReturnType<typeof servicesForPage>>) {
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  const tet = holidayOf(2026, 'tet-nguyen-dan');
  const plan = await services.plans.create(holidayPlanInput(tet, dutyWindowFor(tet)));
  const problem = planToProblem(plan);
  const grid = rosterGrid(
    problem,
    plan.pattern.shifts,
    windowDays(plan.window).map((d) => d.date),
  );
  const wanted = new Map(generateRoster(problem, { seed: 1, mode: 'regenerate' }).assignments.map((a) => [a.seatId, a.staffId]));
  const nameOf = new Map(SAMPLE_STAFF.map((m) => [m.id, m.fullName]));

  await page.goto('about:blank');
  await page.goto(`${server.url}#/roster/${plan.id}`);
  await page.locator('.compact-grid').waitFor();
  await page.evaluate(() => performance.clearMeasures());
  await page.locator(`[data-seat-id="${grid.order[0]}"]`).click();
  await page.keyboard.press('Escape');
  const counts = { letters: 0, arrows: 0, enters: 0, spreadsheetKeys: 0 };
  const top = () => page.locator('.seat-typer-list [aria-selected="true"]').getAttribute('data-staff-id');
  for (const seatId of grid.order) {
    const staffId = wanted.get(seatId);
    if (!staffId) continue;
    const name = nameOf.get(staffId)!;
    counts.spreadsheetKeys += [...name].length + 1;
    const typed = typedName(name);
    for (let i = 0; i < typed.length; i++) {
      await page.keyboard.type(typed[i]!);
      counts.letters++;
      if ((await top()) === staffId) break;
    }
    while ((await top()) !== staffId) {
      await page.keyboard.press('ArrowDown');
      counts.arrows++;
    }
    const measured = await page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, EDIT);
    await page.keyboard.press('Enter');
    counts.enters++;
    await page.waitForFunction(([n, count]) => performance.getEntriesByName(n, 'measure').length > count, [EDIT, measured] as const);
  }
  const edits = await page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), EDIT);
  const filled = await page.locator('.compact-grid .seat-name').count();
  if (filled !== wanted.size) throw new Error(`typed ${wanted.size} names but ${filled} seats show one`);
  const days = grid.rows.length;
  return {
    ...counts,
    keys: counts.letters + counts.arrows + counts.enters,
    seats: wanted.size,
    days,
    shiftsPerDay: grid.columns.length,
    seatsPerShift: Math.max(...grid.rows.flatMap((r) => r.cells.map((c) => c?.seats.length ?? 0))),
    edits,
  };
}

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
 *
 * Then, on that filled plan, the two other tasks of an IT head, keyboard only, each beside a
 * spreadsheet of the same layout: one person's shifts given to another (arrows to each seat, the
 * fewest letters, Enter; the spreadsheet types the full name), and leave for five people in the
 * plan setup's leave grid (arrows to the first day, Shift+arrows over the days, N; the spreadsheet
 * types N and Tab in each cell).
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
import { compactLayout, type CompactLayout } from '../shared/roster/compact-grid';
import { rosterCandidates } from '../shared/roster/candidates';
import { markOn } from '../shared/plan/leave-grid';
import { SAMPLE_STAFF } from '../shared/staff/sample';
import { foldDiacritics } from '../shared/staff/normalize';
import type { Page } from '@playwright/test';
import { DEFAULT_SKILLS, type StaffMember } from '../shared/staff/schema';
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
  const problem = planToProblem(shaped, DEFAULT_SKILLS);
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
  console.log('');
  console.log('task | Lịch Trực keystrokes | spreadsheet keystrokes | no more than the spreadsheet | of which arrows (both)');
  const row = (task: string, r: { keys: number; spreadsheetKeys: number; arrows: number }) =>
    console.log([task, r.keys, r.spreadsheetKeys, r.keys <= r.spreadsheetKeys ? 'yes' : 'NO', r.arrows].join(' | '));
  // Each task printed as it ends, and one that cannot run says why without hiding the others' figures.
  try {
    const moving = await moveShiftsByTyping(page, services, typing.planId);
    row(`move ${moving.from}'s ${moving.seats} shifts to ${moving.to} (Cả kỳ: arrows, letters, Enter)`, moving);
    console.log(`moving by typing → grid, checks, fairness committed: median ${median(moving.edits).toFixed(1)} ms, max ${Math.max(...moving.edits).toFixed(1)} ms`);
  } catch (error) {
    console.log(`move one person's shifts to another: NOT MEASURED (${(error as Error).message.split('\n')[0]})`);
  }
  const leave = await enterLeaveForFive(page, services, typing.planId);
  row(`leave for 5 people, ${leave.days} person-days (leave grid: arrows, Shift+arrows, N)`, leave);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/** The wanted person's name as typed without diacritics, given name first: "Nguyễn Văn An" → "an nguyen van". */
function typedName(fullName: string): string {
  const words = foldDiacritics(fullName).split(' ');
  return [words.at(-1), ...words.slice(0, -1)].join(' ');
}

/** Fills every seat of the sample Tết plan by typing, counting each key pressed. */
async function fillTetByTyping(page: Page, services: ReturnType<ReturnType<typeof servicesForPage>>) {
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  const tet = holidayOf(2026, 'tet-nguyen-dan');
  const plan = await services.plans.create(holidayPlanInput(tet, dutyWindowFor(tet)));
  const problem = planToProblem(plan, DEFAULT_SKILLS);
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
    planId: plan.id,
    keys: counts.letters + counts.arrows + counts.enters,
    seats: wanted.size,
    days,
    shiftsPerDay: grid.columns.length,
    seatsPerShift: Math.max(...grid.rows.flatMap((r) => r.cells.map((c) => c?.seats.length ?? 0))),
    edits,
  };
}

/** Presses arrow keys from the focused seat of the Cả kỳ view until `seatId` has the focus; returns how many. */
async function arrowTo(page: Page, layout: CompactLayout, seatId: string): Promise<number> {
  const target = layout.positions.get(seatId)!;
  let presses = 0;
  for (;;) {
    const at = await page.locator(':focus').getAttribute('data-seat-id');
    if (at === seatId) return presses;
    const here = at ? layout.positions.get(at) : undefined;
    if (!here) throw new Error(`the focus left the grid (${at}) on the way to ${seatId}`);
    const key = here.line < target.line ? 'ArrowDown' : here.line > target.line ? 'ArrowUp' : here.day < target.day ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.press(key);
    if (++presses > 200) throw new Error(`could not reach ${seatId} with the arrows`);
  }
}

/**
 * The person with most shifts hands them all to a colleague the checker finds free for each: arrows
 * to each seat, the fewest letters after which the colleague heads the list, Enter.
 */
async function moveShiftsByTyping(page: Page, services: ReturnType<ReturnType<typeof servicesForPage>>, planId: string) {
  const plan = services.plans.get(planId);
  const problem = planToProblem(plan, DEFAULT_SKILLS);
  const grid = rosterGrid(
    problem,
    plan.pattern.shifts,
    windowDays(plan.window).map((d) => d.date),
  );
  const layout = compactLayout(grid);
  const count = new Map<string, number>();
  for (const a of plan.assignments) count.set(a.staffId, (count.get(a.staffId) ?? 0) + 1);
  const seatsOf = (staffId: string) => grid.order.filter((id) => plan.assignments.some((a) => a.seatId === id && a.staffId === staffId));
  // A colleague the checker lets take every one of them, one after the other.
  const takesAll = (p: (typeof problem.people)[number], from: string) => {
    if (p.id === from) return false;
    let assignments = [...plan.assignments];
    for (const seatId of seatsOf(from)) {
      if (rosterCandidates(problem, assignments, seatId).find((c) => c.staffId === p.id)?.reasons.length !== 0) return false;
      assignments = [...assignments.filter((a) => a.seatId !== seatId), { seatId, staffId: p.id, locked: false }];
    }
    return true;
  };
  // The most loaded person whose shifts one colleague can take: a roster balanced to the rules may leave the very most loaded no such colleague.
  const pair = [...count]
    .sort((a, b) => b[1] - a[1])
    .map(([from]) => ({ from, to: problem.people.find((p) => takesAll(p, from)) }))
    .find((p) => p.to);
  if (!pair?.to) throw new Error('nobody may take all of anyone’s shifts');
  const { from, to } = pair;
  const seats = seatsOf(from);
  const nameOf = new Map(SAMPLE_STAFF.map((m) => [m.id, m.fullName]));
  const typed = typedName(to.name);

  await page.goto('about:blank');
  await page.goto(`${server.url}#/roster/${planId}`);
  await page.locator('.compact-grid').waitFor();
  await page.evaluate(() => performance.clearMeasures());
  await page.locator(`[data-seat-id="${grid.order[0]}"]`).focus();
  const counts = { letters: 0, arrows: 0, enters: 0, spreadsheetKeys: 0 };
  const top = () => page.locator('.seat-typer-list [aria-selected="true"]').getAttribute('data-staff-id');
  for (const seatId of seats) {
    const arrows = await arrowTo(page, layout, seatId);
    counts.arrows += arrows;
    counts.spreadsheetKeys += arrows + [...to.name].length + 1;
    for (let i = 0; i < typed.length; i++) {
      await page.keyboard.type(typed[i]!);
      counts.letters++;
      if ((await top()) === to.id) break;
    }
    while ((await top()) !== to.id) {
      await page.keyboard.press('ArrowDown');
      counts.letters++;
    }
    const measured = await page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, EDIT);
    await page.keyboard.press('Enter');
    counts.enters++;
    await page.waitForFunction(([n, c]) => performance.getEntriesByName(n, 'measure').length > c, [EDIT, measured] as const);
    // Enter went on to the next seat in reading order; the next move starts from there.
  }
  await page.locator('.save-state.save-saved').waitFor();
  const edits = await page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), EDIT);
  const stored = services.plans.get(planId).assignments;
  const notMoved = seats.filter((id) => stored.find((a) => a.seatId === id)?.staffId !== to.id);
  if (notMoved.length || stored.length !== plan.assignments.length) throw new Error(`not moved: ${notMoved.join(', ')}; ${stored.length} of ${plan.assignments.length} seats held`);
  return { ...counts, keys: counts.letters + counts.arrows + counts.enters, seats: seats.length, from: nameOf.get(from) ?? from, to: to.name, edits };
}

/**
 * Five people away for a few days each, typed into the plan setup's leave grid: arrows to the first
 * day, Shift+arrows to the last, N. The spreadsheet moves the same way and types N, Tab per day.
 */
async function enterLeaveForFive(page: Page, services: ReturnType<ReturnType<typeof servicesForPage>>, planId: string) {
  const leave = [
    { row: 1, first: 1, days: 3 },
    { row: 3, first: 0, days: 2 },
    { row: 6, first: 4, days: 3 },
    { row: 8, first: 2, days: 1 },
    { row: 11, first: 5, days: 4 },
  ];
  await page.goto('about:blank');
  await page.goto(`${server.url}#/plans/${planId}/setup`);
  await page.locator('.leave-grid').waitFor();
  const attributes = async (selector: string, name: string) => Promise.all((await page.locator(selector).all()).map(async (l) => (await l.getAttribute(name))!));
  const rows = await attributes('.leave-grid [data-leave-row]', 'data-leave-row');
  const dates = await attributes('.leave-grid tbody tr:first-child [data-date]', 'data-date');
  await page.locator('[data-cell="0:0"]').click();
  let app = { row: 0, day: 0 };
  let sheet = { row: 0, day: 0 };
  const counts = { arrows: 0, keys: 0, spreadsheetKeys: 0 };
  const press = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    counts.keys += times;
  };
  for (const l of leave) {
    const down = l.row - app.row;
    const across = l.first - app.day;
    await press(down > 0 ? 'ArrowDown' : 'ArrowUp', Math.abs(down));
    await press(across > 0 ? 'ArrowRight' : 'ArrowLeft', Math.abs(across));
    counts.arrows += Math.abs(down) + Math.abs(across);
    await press('Shift+ArrowRight', l.days - 1);
    await press('n', 1);
    app = { row: l.row, day: l.first + l.days - 1 };
    // The spreadsheet's cursor, after N and Tab in each cell, is one right of the last day.
    counts.spreadsheetKeys += Math.abs(l.row - sheet.row) + Math.abs(l.first - sheet.day) + 2 * l.days;
    sheet = { row: l.row, day: l.first + l.days };
  }
  // The setup saves on its own a moment later; what counts is what the plan holds.
  await page.waitForFunction(
    (n) => (globalThis as any).document.querySelectorAll('.leave-grid .mark-away').length >= n,
    leave.reduce((a, l) => a + l.days, 0),
  );
  for (let tries = 0; ; tries++) {
    const stored = services.plans.get(planId);
    const missing = leave.flatMap((l) =>
      dates.slice(l.first, l.first + l.days).filter(
        (date) =>
          markOn(
            stored.participants.find((p) => p.staffId === rows[l.row])!,
            date,
          ) !== 'N',
      ),
    );
    if (missing.length === 0) break;
    if (tries > 50) throw new Error(`leave not stored for ${missing.join(', ')}`);
    await page.waitForTimeout(100);
  }
  return { ...counts, days: leave.reduce((a, l) => a + l.days, 0) };
}

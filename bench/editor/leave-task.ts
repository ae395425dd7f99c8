import { markOn } from '../../shared/plan/leave-grid';
import { leaveKeys } from '../spreadsheet-keys';
import { openFresh, type Bench } from './harness';
import { keyToPaint } from './page-measures';
import { TaskFailure, who } from './task-failure';
import { printTask } from './task-report';

/** Enters leave for five people in the plan setup's leave grid (arrows, Shift+arrows over the days, N) and prints it beside the spreadsheet. */
export async function leaveTask(bench: Bench, planId: string) {
  const leave = await enterLeaveForFive(bench, planId);
  printTask(`leave for 5 people, ${leave.days} person-days (leave grid: arrows, Shift+arrows, N)`, leave, { keys: leave.sheet, how: 'per person Shift+arrows, N, Ctrl+Enter, or N and Tab a cell' });
  console.log(`  arrows: Lịch Trực ${leave.arrows}, spreadsheet ${leave.sheetArrows}`);
}

/**
 * Five people away for a few days each, typed into the plan setup's leave grid: arrows to the first
 * day, Shift+arrows to the last, N. The spreadsheet of the same layout is counted the cheaper of its
 * two ways (bench/spreadsheet-keys.ts).
 */
async function enterLeaveForFive(bench: Bench, planId: string) {
  const { page, services } = bench;
  const leave = [
    { row: 1, first: 1, days: 3 },
    { row: 3, first: 0, days: 2 },
    { row: 6, first: 4, days: 3 },
    { row: 8, first: 2, days: 1 },
    { row: 11, first: 5, days: 4 },
  ];
  await openFresh(bench, `#/plans/${planId}/setup`);
  await page.locator('.leave-grid').waitFor();
  const attributes = async (selector: string, name: string) => Promise.all((await page.locator(selector).all()).map(async (l) => (await l.getAttribute(name))!));
  const rows = await attributes('.leave-grid [data-leave-row]', 'data-leave-row');
  const dates = await attributes('.leave-grid tbody tr:first-child [data-date]', 'data-date');
  await page.evaluate(() => ((globalThis as any).__watchKeys = ['n']));
  const started = performance.now();
  await page.locator('[data-cell="0:0"]').click();
  let app = { row: 0, col: 0 };
  let sheet = { row: 0, col: 0 };
  const counts = { arrows: 0, keys: 0, sheet: 0, sheetArrows: 0 };
  const press = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    counts.keys += times;
  };
  for (const l of leave) {
    const down = l.row - app.row;
    const across = l.first - app.col;
    await press(down > 0 ? 'ArrowDown' : 'ArrowUp', Math.abs(down));
    await press(across > 0 ? 'ArrowRight' : 'ArrowLeft', Math.abs(across));
    counts.arrows += Math.abs(down) + Math.abs(across);
    await press('Shift+ArrowRight', l.days - 1);
    // Shift is held through the run: one key more, not one a day.
    if (l.days > 1) counts.keys++;
    await press('n', 1);
    app = { row: l.row, col: l.first + l.days - 1 };
    const spreadsheet = leaveKeys(sheet, { row: l.row, col: l.first }, l.days);
    counts.sheet += spreadsheet.keys;
    counts.sheetArrows += spreadsheet.arrows;
    sheet = spreadsheet.after;
  }
  // The setup saves on its own a moment later; what counts is what the plan holds.
  const days = leave.reduce((a, l) => a + l.days, 0);
  await page
    .waitForFunction((n) => (globalThis as any).document.querySelectorAll('.leave-grid .mark-away').length >= n, days, { timeout: 30_000 })
    .catch(async () => {
      const shown = await page.locator('.leave-grid .mark-away').count();
      throw new TaskFailure('leave', `${shown} of ${days} days typed as N show as leave in the grid after 30 s`);
    });
  const nameOf = new Map(services.directory.members().map((m) => [m.id, m.fullName]));
  for (let tries = 0; ; tries++) {
    const stored = services.plans.get(planId);
    const missing = leave.flatMap((l) =>
      dates
        .slice(l.first, l.first + l.days)
        .filter(
          (date) =>
            markOn(
              stored.participants.find((p) => p.staffId === rows[l.row])!,
              date,
            ) !== 'N',
        )
        .map((date) => `${who(nameOf, rows[l.row])} on ${date}`),
    );
    if (missing.length === 0) break;
    if (tries > 50) throw new TaskFailure('leave', `leave not stored 5 s after it showed: ${missing.join('; ')}`);
    await page.waitForTimeout(100);
  }
  return { ...counts, clicks: 1, wall: performance.now() - started, painted: await keyToPaint(page), days };
}

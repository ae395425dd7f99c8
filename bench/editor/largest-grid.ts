import { resolve } from 'node:path';
import { planToProblem } from '../../shared/plan/expand';
import { generateRoster } from '../../shared/roster/generate';
import { DEFAULT_SKILLS } from '../../shared/staff/schema';
import { heaviestFunctions } from '../cpu-profile';
import { PHASES, mainThreadWork } from '../main-thread';
import { monthPlanParts } from '../month-plan';
import { openFresh, type Bench } from './harness';
import { EDIT, FIRST_RENDER, keyToPaint, measures } from './page-measures';
import { median, ms, worst } from './stats';

/**
 * The largest grid, the month instance (31 days × 4 shifts × 8 seats, 300 people): the first render
 * of the loaded plan and an edit (Delete, then Ctrl+Z), each timed twice — by the editor's own
 * Performance API measures until grid, checks and fairness are committed, and from the keystroke to
 * the first frame painted after the grid changed. Targets: first render < 800 ms, edit < 50 ms.
 */
export async function largestGrid(bench: Bench, { runs, editsPerRun, profile }: { runs: number; editsPerRun: number; profile: boolean }) {
  const { page, services } = bench;
  const parts = monthPlanParts();
  await services.ctx.store.lock.run(() => services.directory.write(parts.staff));
  const created = await services.plans.create({ name: 'Bench: một tháng, 300 người', window: parts.window });
  const shaped = await services.plans.update(created.id, parts.changes);
  const problem = planToProblem(shaped, DEFAULT_SKILLS);
  const roster = generateRoster(problem, { seed: 1, mode: 'regenerate' });
  await services.plans.update(shaped.id, { assignments: roster.assignments });

  const firstRender: number[] = [];
  const loadToGrid: number[] = [];
  const edits: number[] = [];
  const painted: number[] = [];
  const openMonth = async () => {
    await openFresh(bench, `#/roster/${shaped.id}`);
    await page.locator('.roster-grid').waitFor();
    await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, FIRST_RENDER);
  };
  // Alternate clearing a seat and undoing it: two edits that touch one cell, checks and fairness each.
  const editSeatAndUndo = async () => {
    await page.locator('[data-seat-id]').nth(40).focus();
    for (let i = 0; i < editsPerRun; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'Delete' : 'Control+z');
      await page.waitForFunction(([n, count]) => performance.getEntriesByName(n, 'measure').length >= count && (globalThis as any).__keyToPaint.length >= count, [EDIT, i + 1] as const);
    }
    return editsPerRun;
  };
  for (let run = 0; run < runs; run++) {
    await openMonth();
    firstRender.push(...(await measures(page, FIRST_RENDER)));
    // From navigation start to the committed grid: what the user waits for when opening the plan.
    loadToGrid.push(...(await page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.startTime + e.duration), FIRST_RENDER)));

    await editSeatAndUndo();
    edits.push(...(await measures(page, EDIT)));
    painted.push(...(await keyToPaint(page)));
  }
  // One pass more, traced (tracing slows the page, so its edits are not among the figures): where an edit's time goes.
  await openMonth();
  const work = await mainThreadWork(bench.browser, page, editSeatAndUndo);
  const heaviest = profile ? (await openMonth(), await heaviestFunctions(page, resolve('dist/renderer/assets'), editSeatAndUndo)) : [];

  console.log(`largest grid: month instance, ${problem.shifts.length} shifts, ${problem.seats.length} seats, ${problem.people.length} people, ${runs} loads, ${edits.length} edits (Delete / Ctrl+Z)`);
  console.log(['measure', 'median ms', 'worst ms', 'target ms', 'ok'].join(' | '));
  const rows: [string, number[], number][] = [
    ['first render (plan loaded → grid, checks, fairness committed)', firstRender, 800],
    ['edit: keystroke → grid painted', painted, 50],
    ['edit: handler → grid, checks, fairness committed', edits, 50],
    ['navigation start → grid committed (for reference)', loadToGrid, Number.NaN],
  ];
  for (const [name, xs, target] of rows) {
    const m = median(xs);
    console.log([name, ms(m), ms(worst(xs)), Number.isNaN(target) ? '—' : `< ${target}`, Number.isNaN(target) ? '—' : m < target ? 'yes' : 'NO'].join(' | '));
  }
  console.log(`an edit's main-thread work (a traced pass of ${editsPerRun} edits): ${PHASES.map((p) => `${p} ${ms(work[p])} ms`).join(', ')}`);
  if (heaviest.length) console.log(`heaviest functions an edit (--profile, inclusive):\n  ${heaviest.join('\n  ')}`);
}

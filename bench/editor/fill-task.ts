import { dutyWindowFor } from '../../shared/calendar/duty-window';
import { holidayPlanInput } from '../../shared/calendar/holiday-plan';
import { holidayOf } from '../../shared/calendar/holidays';
import { generateRoster } from '../../shared/roster/generate';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { autoCompleteKeys, typedKeys } from '../spreadsheet-keys';
import type { Bench } from './harness';
import { planGrid } from './plan-grid';
import { EDIT, keyToPaint, measures } from './page-measures';
import { commitPick, openRoster, savedAs, typeUntilFirst } from './roster-keyboard';
import { TaskFailure, wrongHolders } from './task-failure';
import { median, ms, worst } from './stats';
import { printTask } from './task-report';

/**
 * Fills the 81 seats of the sample staff's Tết 2026 (the nine days off, 14/02 06:00 to 23/02 06:00:
 * 9 days × 3 shifts × 3 seats) by typing names: for each seat the fewest letters of the name, given
 * name first, no diacritics, after which the wanted person heads the list, then Enter. Prints it
 * beside the spreadsheet and returns the plan it filled, for the tasks after it.
 */
export async function fillTask(bench: Bench): Promise<string> {
  const typing = await fillTetByTyping(bench);
  const best = Math.min(typing.sheet.typed, typing.sheet.column, typing.sheet.listed);
  printTask(`fill Tết 2026 by typing: ${typing.seats} seats (${typing.days} days × ${typing.shiftsPerDay} shifts × ${typing.seatsPerShift} seats), ${SAMPLE_STAFF.length} people`, typing, {
    keys: best,
    how: 'AutoComplete, the whole staff list above each column',
  });
  console.log(
    `  Lịch Trực: ${typing.letters} letters, ${typing.arrows} arrows, ${typing.enters} Enter (${(typing.keys / typing.seats).toFixed(2)} a seat); spreadsheet, days as rows, a column a seat line: full names ${typing.sheet.typed}, AutoComplete over the names typed above in the column ${typing.sheet.column}, over the whole staff list pasted above it ${typing.sheet.listed} (${(best / typing.seats).toFixed(2)} a seat)`,
  );
  console.log(`  Enter → committed (checks, fairness): median ${ms(median(typing.edits))} ms, worst ${ms(worst(typing.edits))} ms`);
  return typing.planId;
}

async function fillTetByTyping(bench: Bench) {
  const { page, services } = bench;
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  const tet = holidayOf(2026, 'tet-nguyen-dan');
  const input = holidayPlanInput(tet, dutyWindowFor(tet));
  const plan = await services.plans.create({ ...input, window: { start: `${tet.daysOff.first}T06:00`, end: '2026-02-23T06:00' } });
  const { problem, grid } = planGrid(plan);
  const wanted = new Map(generateRoster(problem, { seed: 1, mode: 'regenerate' }).assignments.map((a) => [a.seatId, a.staffId]));
  const nameOf = new Map(SAMPLE_STAFF.map((m) => [m.id, m.fullName]));
  const everyone = SAMPLE_STAFF.map((m) => m.fullName);

  await openRoster(bench, plan.id, grid.order[0]!);
  const started = performance.now();
  const counts = { letters: 0, arrows: 0, enters: 0 };
  const sheet = { typed: 0, column: 0, listed: 0 };
  // The spreadsheet's column of a seat line: its shift and seat, whatever the day ("2026-02-14/sang/lanh-dao" → "sang/lanh-dao").
  const columns = new Map<string, string[]>();
  for (const seatId of grid.order) {
    const staffId = wanted.get(seatId);
    if (!staffId) continue;
    const name = nameOf.get(staffId)!;
    const column = seatId.slice(seatId.indexOf('/') + 1);
    const above = columns.get(column) ?? [];
    sheet.typed += typedKeys(name);
    sheet.column += autoCompleteKeys(name, above);
    sheet.listed += autoCompleteKeys(name, [...everyone, ...above]);
    columns.set(column, [...above, name]);

    const step = { task: 'fill', seatId, staffId, nameOf };
    const typed = await typeUntilFirst(page, step);
    counts.letters += typed.letters;
    counts.arrows += typed.arrows;
    await commitPick(page, 'Enter', step);
    counts.enters++;
  }
  await savedAs(page, services, plan.id, wanted.size, 'fill');
  const wall = performance.now() - started;
  const wrong = wrongHolders('fill', [...wanted.keys()], (seatId) => wanted.get(seatId)!, services.plans.get(plan.id).assignments, nameOf);
  if (wrong) throw wrong;
  const edits = await measures(page, EDIT);
  const filled = await page.locator('.compact-grid .seat-name').count();
  if (filled !== wanted.size) throw new TaskFailure('fill', `typed ${wanted.size} names but ${filled} seats show one`);
  return {
    ...counts,
    sheet,
    planId: plan.id,
    keys: counts.letters + counts.arrows + counts.enters,
    clicks: 1,
    wall,
    seats: wanted.size,
    days: grid.rows.filter((r) => r.cells.some((c) => c?.seats.length)).length,
    shiftsPerDay: grid.columns.length,
    seatsPerShift: Math.max(...grid.rows.flatMap((r) => r.cells.map((c) => c?.seats.length ?? 0))),
    edits,
    painted: await keyToPaint(page),
  };
}

import { rosterCandidates } from '../../shared/roster/candidates';
import { compactLayout, type CompactLayout } from '../../shared/roster/compact-grid';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { arrowsBetween, autoCompleteKeys, findReplaceKeys } from '../spreadsheet-keys';
import type { Bench } from './harness';
import { planGrid } from './plan-grid';
import { keyToPaint } from './page-measures';
import { arrowTo, commitPick, openRoster, savedAs, typeUntilFirst } from './roster-keyboard';
import { TaskFailure, wrongHolders } from './task-failure';
import { printTask } from './task-report';

/** Gives one person's shifts of the filled plan to another (arrows to one of their seats, the colleague's letters, Ctrl+Enter) and prints it beside the spreadsheet. */
export async function moveTask(bench: Bench, planId: string) {
  const moving = await moveShiftsByTyping(bench, planId);
  const how = moving.sheet === moving.findReplace ? 'Find and Replace' : 'cell by cell with AutoComplete';
  printTask(`give ${moving.from}'s ${moving.seats} shifts to ${moving.to} (arrows, letters, Ctrl+Enter)`, moving, { keys: moving.sheet, how });
  console.log(
    `  Lịch Trực: ${moving.arrows} arrows, ${moving.letters} letters, Ctrl+Enter; the spreadsheet: Find and Replace ${moving.findReplace}, seat by seat with AutoComplete ${moving.sheetBySeat}`,
  );
}

/**
 * A person with several shifts hands them all to a colleague the checker lets take each: arrows from
 * the first seat to the nearest of theirs, the fewest letters after which the colleague heads the
 * list, Ctrl+Enter. Namesakes are left out: Find and Replace could not tell them apart.
 */
async function moveShiftsByTyping(bench: Bench, planId: string) {
  const { page, services } = bench;
  const plan = services.plans.get(planId);
  const { problem, grid } = planGrid(plan);
  const layout = compactLayout(grid);
  const nameOf = new Map(SAMPLE_STAFF.map((m) => [m.id, m.fullName]));
  const unique = (id: string) => SAMPLE_STAFF.filter((m) => m.fullName === nameOf.get(id)).length === 1;
  const count = new Map<string, number>();
  for (const a of plan.assignments) count.set(a.staffId, (count.get(a.staffId) ?? 0) + 1);
  const seatsOf = (staffId: string) => grid.order.filter((id) => plan.assignments.some((a) => a.seatId === id && a.staffId === staffId));
  // A colleague the checker lets take every one of them, one after the other.
  const takesAll = (p: (typeof problem.people)[number], from: string) => {
    if (p.id === from || !unique(p.id)) return false;
    let assignments = [...plan.assignments];
    for (const seatId of seatsOf(from)) {
      if (rosterCandidates(problem, assignments, seatId).find((c) => c.staffId === p.id)?.reasons.length !== 0) return false;
      assignments = [...assignments.filter((a) => a.seatId !== seatId), { seatId, staffId: p.id, locked: false }];
    }
    return true;
  };
  // The most loaded person whose shifts one colleague can take: a roster balanced to the rules may leave the very most loaded no such colleague.
  const pair = [...count]
    .filter(([from]) => unique(from))
    .sort((a, b) => b[1] - a[1])
    .map(([from]) => ({ from, to: problem.people.find((p) => takesAll(p, from)) }))
    .find((p) => p.to);
  if (!pair?.to) throw new TaskFailure('move', 'nobody may take all of anyone’s shifts in the filled plan');
  const { from, to } = pair;
  const seats = seatsOf(from);
  const toName = nameOf.get(to.id)!;
  const fromName = nameOf.get(from)!;

  await openRoster(bench, planId, grid.order[0]!);
  const started = performance.now();
  const nearest = [...seats].sort((a, b) => arrowsBetween(toCell(layout, a), toCell(layout, grid.order[0]!)) - arrowsBetween(toCell(layout, b), toCell(layout, grid.order[0]!)))[0]!;
  const arrows = await arrowTo(page, layout, nearest, 'move');
  const step = { task: 'move', seatId: nearest, staffId: to.id, nameOf };
  const typed = await typeUntilFirst(page, step);
  await commitPick(page, 'Control+Enter', step);
  await savedAs(page, services, planId, plan.assignments.length, 'move');
  const wall = performance.now() - started;
  const notMoved = wrongHolders('move', seats, () => to.id, services.plans.get(planId).assignments, nameOf);
  if (notMoved) throw notMoved;
  // Seat by seat in the spreadsheet: arrows from each to the next, the colleague's name completed from the column.
  let at = toCell(layout, grid.order[0]!);
  let sheetBySeat = 0;
  for (const seatId of seats) {
    const cell = toCell(layout, seatId);
    sheetBySeat +=
      arrowsBetween(at, cell) +
      autoCompleteKeys(
        toName,
        SAMPLE_STAFF.map((m) => m.fullName),
      );
    at = { row: cell.row + 1, col: cell.col };
  }
  const findReplace = findReplaceKeys(fromName, toName);
  return {
    arrows,
    letters: typed.letters + typed.arrows,
    keys: arrows + typed.letters + typed.arrows + 2,
    clicks: 1,
    wall,
    painted: await keyToPaint(page),
    seats: seats.length,
    from: fromName,
    to: toName,
    sheet: Math.min(findReplace, sheetBySeat),
    findReplace,
    sheetBySeat,
  };
}

function toCell(layout: CompactLayout, seatId: string) {
  const p = layout.positions.get(seatId)!;
  return { row: p.line, col: p.day };
}

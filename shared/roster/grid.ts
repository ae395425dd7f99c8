import type { ShiftTemplate } from '../plan/pattern';
import type { RosterProblem, RosterSeat, RosterShift } from './problem';

/**
 * The editor's grid: one row per day, one column per shift of the day's pattern, each cell the
 * seats of that shift. Built once per plan structure (window, pattern, seats), not per edit.
 */
export interface GridColumn {
  templateId: string;
  label: string;
  start: string;
  end: string;
}

export interface GridCell {
  shift: RosterShift;
  seats: RosterSeat[];
}

export interface GridRow {
  date: string;
  /** One per column; null where the duty window does not cover that shift on that day. */
  cells: (GridCell | null)[];
}

export interface SeatPosition {
  row: number;
  column: number;
  /** The seat's place within its cell. */
  index: number;
}

export interface RosterGrid {
  columns: GridColumn[];
  rows: GridRow[];
  positions: ReadonlyMap<string, SeatPosition>;
  /** The seat ids in reading order: day by day, shift by shift. */
  order: string[];
}

/**
 * Rows are the window's days plus any date a shift starts on (the window may open inside a night
 * shift that began the evening before), so no seat is left without a row.
 */
export function rosterGrid(problem: Pick<RosterProblem, 'shifts' | 'seats'>, pattern: readonly ShiftTemplate[], days: readonly string[]): RosterGrid {
  const columns = pattern.map((t) => ({ templateId: t.id, label: t.label || t.id, start: t.start, end: t.end }));
  const columnOf = new Map(columns.map((c, i) => [c.templateId, i]));
  const dates = [...new Set([...days, ...problem.shifts.map((s) => s.date)])].sort();
  const rowOf = new Map(dates.map((d, i) => [d, i]));
  const rows: GridRow[] = dates.map((date) => ({ date, cells: columns.map(() => null) }));
  const cells = new Map<string, GridCell>();
  for (const shift of problem.shifts) {
    const column = columnOf.get(shift.templateId);
    if (column === undefined) continue;
    const cell: GridCell = { shift, seats: [] };
    rows[rowOf.get(shift.date)!]!.cells[column] = cell;
    cells.set(shift.id, cell);
  }
  for (const seat of problem.seats) cells.get(seat.shiftId)?.seats.push(seat);

  const positions = new Map<string, SeatPosition>();
  const order: string[] = [];
  rows.forEach((row, r) =>
    row.cells.forEach((cell, c) =>
      cell?.seats.forEach((seat, index) => {
        positions.set(seat.id, { row: r, column: c, index });
        order.push(seat.id);
      }),
    ),
  );
  return { columns, rows, positions, order };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Where an arrow key leads from a seat. Seats stack inside a cell, so up and down walk the stack
 * and then carry on into the same shift of the previous or next day; left and right jump to the
 * neighbouring shift of the same day at the same height. Null at the grid's edge.
 */
export function neighbourSeat(grid: RosterGrid, seatId: string, direction: Direction): string | null {
  const at = grid.positions.get(seatId);
  if (!at) return grid.order[0] ?? null;
  const cellAt = (row: number, column: number) => grid.rows[row]?.cells[column] ?? null;
  const here = cellAt(at.row, at.column)!;
  switch (direction) {
    case 'up':
    case 'down': {
      const step = direction === 'up' ? -1 : 1;
      const inCell = here.seats[at.index + step];
      if (inCell) return inCell.id;
      for (let r = at.row + step; r >= 0 && r < grid.rows.length; r += step) {
        const cell = cellAt(r, at.column);
        if (cell?.seats.length) return (step < 0 ? cell.seats.at(-1)! : cell.seats[0]!).id;
      }
      return null;
    }
    case 'left':
    case 'right': {
      const step = direction === 'left' ? -1 : 1;
      for (let c = at.column + step; c >= 0 && c < grid.columns.length; c += step) {
        const cell = cellAt(at.row, c);
        if (cell?.seats.length) return cell.seats[Math.min(at.index, cell.seats.length - 1)]!.id;
      }
      return null;
    }
  }
}

/** The seat ids of every shift that starts on a date: what "lock the whole day" locks. */
export function seatsOfDay(grid: RosterGrid, date: string): string[] {
  const row = grid.rows.find((r) => r.date === date);
  return row ? row.cells.flatMap((cell) => cell?.seats.map((s) => s.id) ?? []) : [];
}

import type { Direction, RosterGrid } from './grid';
import type { RosterSeat } from './problem';

/**
 * The whole duty window on one screen: days across, one line per seat of the pattern down
 * (shift by shift, seat by seat). Built from the editor's grid, so both views show the same seats
 * and `grid.order` (day by day, shift by shift) is also this view's top-to-bottom reading order.
 */
export interface CompactLine {
  /** The pattern column (shift template) the line belongs to. */
  column: number;
  /** The seat template: the seat id without its shift. */
  seatKey: string;
  label: string;
  /** The first line of its shift: where the shift's head is drawn. */
  first: boolean;
}

export interface CompactLayout {
  days: string[];
  lines: CompactLine[];
  /** The seat at a line and a day, or null where that day has no such seat. */
  cells: (RosterSeat | null)[][];
  positions: ReadonlyMap<string, { line: number; day: number }>;
}

const seatKeyOf = (seatId: string) => seatId.split('/').slice(2).join('/');

export function compactLayout(grid: RosterGrid): CompactLayout {
  const days = grid.rows.map((r) => r.date);
  const lines: CompactLine[] = [];
  const lineOf = new Map<string, number>();
  grid.columns.forEach((_, column) => {
    let first = true;
    for (const row of grid.rows)
      for (const seat of row.cells[column]?.seats ?? []) {
        const key = `${column}|${seatKeyOf(seat.id)}`;
        if (lineOf.has(key)) continue;
        lineOf.set(key, lines.length);
        lines.push({ column, seatKey: seatKeyOf(seat.id), label: seat.label, first });
        first = false;
      }
  });
  const cells = lines.map(() => days.map((): RosterSeat | null => null));
  const positions = new Map<string, { line: number; day: number }>();
  grid.rows.forEach((row, day) =>
    row.cells.forEach((cell, column) =>
      cell?.seats.forEach((seat) => {
        const line = lineOf.get(`${column}|${seatKeyOf(seat.id)}`)!;
        cells[line]![day] = seat;
        positions.set(seat.id, { line, day });
      }),
    ),
  );
  return { days, lines, cells, positions };
}

/** Where an arrow key leads in the compact view: up and down along a day, left and right along a seat's line; null at the edge. */
export function compactNeighbour(layout: CompactLayout, seatId: string, direction: Direction): string | null {
  const at = layout.positions.get(seatId);
  if (!at) return layout.cells[0]?.find((s) => s)?.id ?? null;
  const vertical = direction === 'up' || direction === 'down';
  const step = direction === 'up' || direction === 'left' ? -1 : 1;
  for (let i = (vertical ? at.line : at.day) + step; i >= 0 && i < (vertical ? layout.lines.length : layout.days.length); i += step) {
    const found = vertical ? layout.cells[i]![at.day] : layout.cells[at.line]![i];
    if (found) return found.id;
  }
  return null;
}

/** The seat after (or before) one in reading order: where Tab and Enter go after assigning. */
export function nextInOrder(grid: RosterGrid, seatId: string, step: 1 | -1): string | null {
  const i = grid.order.indexOf(seatId);
  return i < 0 ? null : (grid.order[i + step] ?? null);
}

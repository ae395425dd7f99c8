/**
 * What the bench's tasks cost in a spreadsheet, counted as generously to the spreadsheet as it can
 * honestly be: each key pressed counts once, a held modifier once per chord (Ctrl+H is two), and a
 * Vietnamese letter with its marks counts as one key, though Telex or VNI typing needs two or three
 * (ễ is "eex"). Excel's AutoComplete is credited where it applies: it proposes the one entry of the
 * cells above in the column that starts with what is typed, and only once a single one is left.
 */

/** A full name typed into its cell, then Enter (or Tab). */
export function typedKeys(name: string): number {
  return [...name].length + 1;
}

/**
 * Keys for `name` with AutoComplete over `entries` (the column's cells so far): the fewest letters
 * after which `name` is the only entry starting with them, then Enter; the whole name when no entry
 * is it (nothing to complete, or the name is the start of another entry).
 */
export function autoCompleteKeys(name: string, entries: Iterable<string>): number {
  const letters = [...name];
  const others = [...new Set([...entries].map((e) => e.toLocaleLowerCase('vi')))];
  const wanted = name.toLocaleLowerCase('vi');
  if (!others.includes(wanted)) return typedKeys(name);
  for (let k = 1; k < letters.length; k++) {
    const prefix = letters.slice(0, k).join('').toLocaleLowerCase('vi');
    const matching = others.filter((e) => e.startsWith(prefix));
    if (matching.length === 1) return k + 1;
  }
  return typedKeys(name);
}

/**
 * One person's shifts handed to another with Find and Replace: Ctrl+H, the old name, Tab, the new
 * name, Alt+A (Replace All), Enter on the count of replacements, Escape to close it. It checks no
 * rule, and replaces a namesake's cells too.
 */
export function findReplaceKeys(from: string, to: string): number {
  return 2 + [...from].length + 1 + [...to].length + 2 + 1 + 1;
}

export interface Cell {
  row: number;
  col: number;
}

/** Arrow keys from one cell to another. */
export const arrowsBetween = (a: Cell, b: Cell) => Math.abs(a.row - b.row) + Math.abs(a.col - b.col);

/**
 * Leave typed as a mark in each of `days` cells from `first` on, the cheaper of two ways, and where
 * the cursor is after: N and Tab in each cell; or the days selected with Shift+arrows, N, Ctrl+Enter
 * (one day: N, Enter, which goes down a row).
 */
export function leaveKeys(cursor: Cell, first: Cell, days: number): { keys: number; arrows: number; after: Cell } {
  const arrows = arrowsBetween(cursor, first);
  const perCell = { keys: arrows + 2 * days, arrows, after: { row: first.row, col: first.col + days } };
  const selected = days === 1 ? { keys: arrows + 2, arrows, after: { row: first.row + 1, col: first.col } } : { keys: arrows + 1 + (days - 1) + 1 + 2, arrows, after: first };
  return selected.keys < perCell.keys ? selected : perCell;
}

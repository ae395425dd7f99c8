import type { Page } from '@playwright/test';
import type { Services } from '../../electron/services/app';
import type { CompactLayout } from '../../shared/roster/compact-grid';
import { foldDiacritics } from '../../shared/staff/normalize';
import { openFresh, type Bench } from './harness';
import { EDIT, clearMeasures } from './page-measures';

/** The wanted person's name as typed without diacritics, given name first: "Nguyễn Văn An" → "an nguyen van". */
export function typedName(fullName: string): string {
  const words = foldDiacritics(fullName).split(' ');
  return [words.at(-1), ...words.slice(0, -1)].join(' ');
}

/** Whom the seat typer highlights: the one Enter gives the seat to. */
function highlighted(page: Page) {
  return page.locator('.seat-typer-list [aria-selected="true"]').getAttribute('data-staff-id');
}
function editCount(page: Page) {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, EDIT);
}
function paintCount(page: Page) {
  return page.evaluate(() => ((globalThis as any).__keyToPaint as number[]).length);
}

/** Types the fewest letters of `staffId`'s name after which they head the typer's list (arrows past that); returns both counts. */
export async function typeUntilFirst(page: Page, staffId: string, fullName: string) {
  const typed = typedName(fullName);
  let letters = 0;
  let arrows = 0;
  for (let i = 0; i < typed.length; i++) {
    await page.keyboard.type(typed[i]!);
    letters++;
    if ((await highlighted(page)) === staffId) break;
  }
  while ((await highlighted(page)) !== staffId) {
    await page.keyboard.press('ArrowDown');
    if (++arrows > 30) throw new Error(`${fullName} is not in the list for what was typed`);
  }
  return { letters, arrows };
}

/** Presses `key` and waits until the edit is committed and the grid painted. */
export async function pressAndWaitForEdit(page: Page, key: string) {
  const [measured, paints] = [await editCount(page), await paintCount(page)];
  await page.keyboard.press(key);
  await page.waitForFunction(([n, m, p]) => performance.getEntriesByName(n, 'measure').length > m && (globalThis as any).__keyToPaint.length > p, [EDIT, measured, paints] as const, {
    polling: 50,
    timeout: 60_000,
  });
}

/** Opens the roster of `planId` afresh, its measures cleared, the first seat clicked (the task's one click). */
export async function openRoster(bench: Bench, planId: string, firstSeat: string) {
  const { page } = bench;
  await openFresh(bench, `#/roster/${planId}`);
  await page.locator('.compact-grid').waitFor();
  await clearMeasures(page);
  await page.locator(`[data-seat-id="${firstSeat}"]`).click();
  await page.keyboard.press('Escape');
}

/** Waits until the autosave has stored `assignments` seats of the plan. */
export async function savedAs(page: Page, services: Services, planId: string, assignments: number) {
  await page.locator('.save-state.save-saved').waitFor();
  for (let tries = 0; services.plans.get(planId).assignments.length !== assignments; tries++) {
    if (tries > 50) throw new Error(`${services.plans.get(planId).assignments.length} of ${assignments} seats stored`);
    await page.waitForTimeout(100);
  }
}

/** Presses arrow keys from the focused seat of the Cả kỳ view until `seatId` has the focus; returns how many. */
export async function arrowTo(page: Page, layout: CompactLayout, seatId: string): Promise<number> {
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

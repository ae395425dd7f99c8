import { errors, type Page } from '@playwright/test';
import type { Services } from '../../electron/services/app';
import type { CompactLayout } from '../../shared/roster/compact-grid';
import { foldDiacritics } from '../../shared/staff/normalize';
import { openFresh, type Bench } from './harness';
import { EDIT, clearMeasures } from './page-measures';
import { TaskFailure, expected, who, type SeatStep } from './task-failure';

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

/** Types the fewest letters of the step's person's name after which they head the typer's list (arrows past that); returns both counts. */
export async function typeUntilFirst(page: Page, step: SeatStep) {
  const typed = typedName(step.nameOf.get(step.staffId)!);
  let letters = 0;
  let arrows = 0;
  for (let i = 0; i < typed.length; i++) {
    await page.keyboard.type(typed[i]!);
    letters++;
    if ((await highlighted(page)) === step.staffId) break;
  }
  while ((await highlighted(page)) !== step.staffId) {
    await page.keyboard.press('ArrowDown');
    if (++arrows > 30) {
      const listed = await page.locator('.seat-typer-list [data-staff-id]').evaluateAll((items) => items.map((i: any) => i.getAttribute('data-staff-id')!));
      throw new TaskFailure(step.task, `${expected(step)}, not in the typer's list after "${typed}" (it lists ${listed.map((id) => who(step.nameOf, id)).join(', ') || 'nobody'})`);
    }
  }
  return { letters, arrows };
}

/**
 * Presses `key` (Enter or Ctrl+Enter in the typer) and waits until the edit is committed and the grid
 * painted. Fails, naming the step, when Enter went to someone else, when the editor asks to confirm a
 * broken rule instead (the task only picks people the checker allows), or when nothing happens.
 */
export async function commitPick(page: Page, key: string, step: SeatStep) {
  const [measured, paints] = [await editCount(page), await paintCount(page)];
  await page.keyboard.press(key);
  const outcome = await page
    .waitForFunction(
      ([n, m, p]) =>
        (globalThis as any).document.querySelector('[role="alertdialog"]')
          ? 'dialog'
          : performance.getEntriesByName(n, 'measure').length > m && (globalThis as any).__keyToPaint.length > p && 'committed',
      [EDIT, measured, paints] as const,
      { polling: 50, timeout: 60_000 },
    )
    .then(
      (h) => h.jsonValue(),
      (error: unknown) => {
        if (error instanceof errors.TimeoutError) return 'nothing';
        throw error;
      },
    );
  const picked = await page.evaluate(() => (globalThis as any).__pickedAtEnter as string | null);
  const got = `got ${who(step.nameOf, picked)} (highlighted as ${key} went down)`;
  if (outcome === 'dialog') {
    const dialog = page.locator('[role="alertdialog"]');
    const asked = [await dialog.getAttribute('aria-label'), ...(await dialog.locator('li').allTextContents())].join(' — ');
    throw new TaskFailure(step.task, `${expected(step)}, ${got}: after ${key} the editor asked “${asked}”`);
  }
  if (picked !== step.staffId) throw new TaskFailure(step.task, `${expected(step)}, ${got}`);
  if (outcome === 'nothing') throw new TaskFailure(step.task, `${expected(step)}: no edit committed and painted within 60 s of ${key}`);
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
export async function savedAs(page: Page, services: Services, planId: string, assignments: number, task: string) {
  await page.locator('.save-state.save-saved').waitFor();
  for (let tries = 0; services.plans.get(planId).assignments.length !== assignments; tries++) {
    if (tries > 50) throw new TaskFailure(task, `${services.plans.get(planId).assignments.length} of ${assignments} seats stored 5 s after the editor said saved`);
    await page.waitForTimeout(100);
  }
}

/** Presses arrow keys from the focused seat of the Cả kỳ view until `seatId` has the focus; returns how many. */
export async function arrowTo(page: Page, layout: CompactLayout, seatId: string, task: string): Promise<number> {
  const target = layout.positions.get(seatId)!;
  let presses = 0;
  for (;;) {
    const at = await page.locator(':focus').getAttribute('data-seat-id');
    if (at === seatId) return presses;
    const here = at ? layout.positions.get(at) : undefined;
    if (!here) throw new TaskFailure(task, `the focus left the grid (${at}) on the way to seat ${seatId}`);
    const key = here.line < target.line ? 'ArrowDown' : here.line > target.line ? 'ArrowUp' : here.day < target.day ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.press(key);
    if (++presses > 200) throw new TaskFailure(task, `could not reach seat ${seatId} with the arrows`);
  }
}

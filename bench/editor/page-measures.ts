import type { Page } from '@playwright/test';

/** The editor's own Performance API measures (renderer/src/screens/roster/perf.ts). */
export const FIRST_RENDER = 'roster:first-render';
export const EDIT = 'roster:edit';

/**
 * In the page: from each keydown of the keys in `__watchKeys` (an edit's key, not the letters typed
 * before it) to the first frame painted after a seat or a leave cell changed. The observer sees the
 * commit; requestAnimationFrame runs before that frame's paint and a message posted from it after.
 * It also notes whom the seat typer highlighted as Enter went down (`__pickedAtEnter`): the render
 * the typer's handler acts on, so a task can tell whom Enter gave the seat to.
 */
export function watchKeyToPaint(keys: readonly string[]) {
  const w = globalThis as any;
  w.__keyToPaint = [] as number[];
  w.__watchKeys = keys;
  let pending: number | null = null;
  w.addEventListener(
    'keydown',
    (e: any) => {
      pending = w.__watchKeys.includes(e.key) ? e.timeStamp : null;
      if (e.key === 'Enter') w.__pickedAtEnter = w.document.querySelector('.seat-typer-list [aria-selected="true"]')?.getAttribute('data-staff-id') ?? null;
    },
    true,
  );
  new w.MutationObserver((records: any[]) => {
    if (pending === null || !records.some((r) => (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[data-seat-id], [data-cell]'))) return;
    const t0 = pending;
    pending = null;
    w.requestAnimationFrame(() => {
      const channel = new w.MessageChannel();
      channel.port1.onmessage = () => w.__keyToPaint.push(w.performance.now() - t0);
      channel.port2.postMessage(0);
    });
  }).observe(w.document, { subtree: true, childList: true, characterData: true, attributes: true });
}

export const keyToPaint = (page: Page): Promise<number[]> => page.evaluate(() => (globalThis as any).__keyToPaint ?? []);

export const measures = (page: Page, name: string): Promise<number[]> => page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);

/** Forgets what the page measured so far: a task's figures are its own. */
export const clearMeasures = (page: Page) =>
  page.evaluate(() => {
    performance.clearMeasures();
    (globalThis as any).__keyToPaint.length = 0;
  });

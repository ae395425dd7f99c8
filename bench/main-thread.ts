import type { Browser, Page } from '@playwright/test';

/** What the renderer's main thread does, by the kind of work a Chromium trace names at the top of each task. */
export const PHASES = ['script', 'garbage collection', 'style and layout', 'paint'] as const;
export type Phase = (typeof PHASES)[number];

const phaseOf = (name: string): Phase | null =>
  name === 'EventDispatch' || name === 'FunctionCall' || name === 'TimerFire' || name === 'FireAnimationFrame' || name === 'RunMicrotasks'
    ? 'script'
    : name === 'MinorGC' || name === 'MajorGC' || name.startsWith('V8.GC')
      ? 'garbage collection'
      : name === 'UpdateLayoutTree' || name === 'Layout'
        ? 'style and layout'
        : name === 'PrePaint' || name === 'Paint' || name === 'Layerize' || name === 'Commit'
          ? 'paint'
          : null;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Records a Chromium trace of the page while `during` runs and sums the renderer main thread's
 * work in it by phase, in ms for each of the `count` steps `during` reports. Only the work directly
 * inside a task is counted (a script's own layout is its script's time), so nothing counts twice.
 * Tracing slows the page: the figures say where the time goes, not how long an edit takes.
 */
export async function mainThreadWork(browser: Browser, page: Page, during: () => Promise<number>): Promise<Record<Phase, number>> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const count = await during();
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  if (!main) return sums;
  const slices = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The task each slice runs in: a slice directly under a RunTask is a phase of that task.
  const open: TraceEvent[] = [];
  for (const e of slices) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
    const phase = open.length === 1 && open[0]!.name === 'RunTask' ? phaseOf(e.name) : null;
    if (phase) sums[phase] += e.dur! / 1000;
    open.push(e);
  }
  for (const p of PHASES) sums[p] /= Math.max(1, count);
  return sums;
}

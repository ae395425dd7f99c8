/**
 * Performance API marks around the editor's two costs the bench watches (bench/editor.bench.ts
 * reads the measures back with performance.getEntriesByName): the first render of a loaded plan,
 * and an edit until the grid, checks and fairness are committed.
 */
export const PERF = {
  firstRender: 'roster:first-render',
  edit: 'roster:edit',
} as const;

const start = (name: string) => `${name}:start`;

export function markStart(name: (typeof PERF)[keyof typeof PERF]): void {
  performance.mark(start(name));
}

/** Measures from the last start mark, if one is waiting; later commits without an edit measure nothing. */
export function measureEnd(name: (typeof PERF)[keyof typeof PERF]): void {
  if (performance.getEntriesByName(start(name), 'mark').length === 0) return;
  performance.measure(name, start(name));
  performance.clearMarks(start(name));
}

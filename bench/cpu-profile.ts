import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * A V8 CPU profile of the page while `during` runs, each function named by the renderer's source
 * map (file and line of the source, not of the bundle): the `count` steps' heaviest functions by
 * inclusive time, in ms a step. For `npm run bench -- --profile`: which code to look at next.
 */
export async function heaviestFunctions(page: Page, assets: string, during: () => Promise<number>, top = 25): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const count = await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await cdp.detach();
  const bundle = readdirSync(assets).find((f) => /^index-.*\.js$/.test(f));
  // Node's own source map reader: no dependency for a bench.
  const map = bundle ? new SourceMap(JSON.parse(readFileSync(join(assets, `${bundle}.map`), 'utf8'))) : null;
  const nameOf = ({ callFrame: f }: ProfileNode) => {
    if (!map || !bundle || !f.url.endsWith(bundle)) return f.functionName || '(native)';
    const o = map.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
    return `${o.name ?? f.functionName} ${(o.originalSource ?? '').replace(/^.*?\/(renderer|shared|node_modules)\//, '$1/')}:${(o.originalLine ?? -1) + 1}`;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + profile.timeDeltas[i]! / 1000);
    }
  });
  return [...inclusive]
    .filter(([name]) => !/^\((root|idle|program|native)\)/.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${(ms / Math.max(1, count)).toFixed(2)} ms  ${name}`);
}

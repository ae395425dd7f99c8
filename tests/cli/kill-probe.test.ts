import { describe, expect, it } from 'vitest';
import { BUILT_CLI, runProbe } from '../../scripts/kill-probe';

/**
 * A short round of the kill -9 probe (the full one: `npx tsx scripts/kill-probe.ts --kills 120`,
 * figures in docs/reliability.md). It runs the built CLI, as `npm test` builds before the unit
 * tests, and only in the first time zone (tests/cli is not among the zone re-runs).
 * Five kinds of write: a plan file in place (with and without a generation), a store plan, another
 * store document, and an export.
 */
const KINDS = ['publish FILE (in place)', 'generate FILE -o FILE', 'publish PLAN (store)', 'readiness add', 'export ics --out'];

describe('kill -9 during CLI writes', () => {
  it('loses nothing over 10 kills: documents read, versions stay, files are old or whole, the next write succeeds at once', async () => {
    const { kinds } = await runProbe({ kills: 10, seed: 12, kinds: KINDS, cli: [BUILT_CLI] });
    expect(kinds.reduce((t, k) => t + k.kills, 0)).toBe(10);
    // Every kill was followed by a next write of the same command that succeeded.
    for (const k of kinds) expect(k.nextMs).toHaveLength(k.kills + k.endedFirst);
  }, 240_000);
});

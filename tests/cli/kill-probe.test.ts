import { describe, expect, it } from 'vitest';
import { BUILT_CLI, runProbe } from '../../scripts/kill-probe';
import { PROBES } from '../../scripts/kill-probe-commands';

/**
 * A short round of the kill -9 probe (the full one: `npx tsx scripts/kill-probe.ts --kills 120`,
 * figures in docs/reliability.md). It runs the built CLI, as `npm test` builds before the unit
 * tests, and only in the first time zone (tests/cli is not among the zone re-runs).
 * Every kind of write the CLI makes, each killed once just as it begins writing (its lock or temp
 * file appears), with no run alone first; the full run also kills anywhere in a command's run.
 */
describe('kill -9 during CLI writes', () => {
  it('loses nothing when each writing command is killed as it writes: documents read, versions stay, files are old or whole, any lock left is taken over at once, the next write succeeds', async () => {
    const { kinds } = await runProbe({ kills: PROBES.length, seed: 12, quick: true, cli: [BUILT_CLI] });

    expect(kinds.map((k) => k.kills)).toEqual(PROBES.map(() => 1));
    // Every kill was followed by a next write of the same command that succeeded.
    for (const k of kinds) expect(k.next).toHaveLength(k.kills + k.endedFirst);
  }, 240_000);
});

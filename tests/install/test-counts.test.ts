import { describe, expect, it } from 'vitest';
import { unitCounts, type VitestReport } from '../../scripts/test-counts';

type Status = 'passed' | 'failed' | 'skipped' | 'todo';
const report = (files: Record<string, Record<string, Status>>, loadFailures: string[] = []): VitestReport => ({
  testResults: [
    ...Object.entries(files).map(([name, tests]) => ({
      name,
      status: Object.values(tests).includes('failed') ? 'failed' : 'passed',
      assertionResults: Object.entries(tests).map(([fullName, status]) => ({ fullName, status })),
    })),
    ...loadFailures.map((name) => ({ name, status: 'failed', assertionResults: [] })),
  ],
});

const main = report({
  '/r/tests/shared/calendar/lunar.test.ts': { 'Tết 2026 is 17/02': 'passed', 'Tết 2027 is 06/02': 'passed' },
  '/r/tests/shared/roster/solver.test.ts': { 'fills every seat': 'passed', 'later: a wish': 'todo' },
});
const rerun = report({ '/r/tests/shared/calendar/lunar.test.ts': { 'Tết 2026 is 17/02': 'passed', 'Tết 2027 is 06/02': 'passed' } });

describe("npm test's closing line", () => {
  it('counts each unit test once, however many zones it ran in; the re-runs on their own', () => {
    expect(unitCounts(main, [rerun, rerun])).toEqual({ passed: 3, failed: 0, skipped: 1, rerunPassed: 4, rerunFailed: 0 });
  });

  it('counts a test that failed only in another zone as failed, once, so the line never says 0 failed for a failed run', () => {
    const failsInNewYork = report({ '/r/tests/shared/calendar/lunar.test.ts': { 'Tết 2026 is 17/02': 'failed', 'Tết 2027 is 06/02': 'passed' } });
    expect(unitCounts(main, [failsInNewYork, failsInNewYork])).toEqual({ passed: 2, failed: 1, skipped: 1, rerunPassed: 2, rerunFailed: 2 });
  });

  it('counts a test file that did not load as one failure, in any zone', () => {
    expect(unitCounts(report({ '/r/a.test.ts': { one: 'passed' } }, ['/r/b.test.ts']), [])).toMatchObject({ passed: 1, failed: 1 });
    const rerunLoadFailure = report({}, ['/r/tests/shared/calendar/lunar.test.ts']);
    expect(unitCounts(main, [rerunLoadFailure])).toMatchObject({ passed: 3, failed: 1, rerunFailed: 1 });
  });

  it('counts a missing report or a run that found no test as a failure, never as all passed', () => {
    expect(unitCounts(undefined, [])).toMatchObject({ passed: 0, failed: 1 });
    expect(unitCounts(report({}), [])).toMatchObject({ passed: 0, failed: 1 });
    expect(unitCounts(main, [undefined])).toMatchObject({ passed: 3, failed: 1, rerunFailed: 1 });
  });
});

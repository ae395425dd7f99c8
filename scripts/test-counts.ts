// Counts the unit tests for `npm test`'s closing line from vitest's JSON reports: each test once,
// from the run in Vietnam's zone. The re-runs of the zone-sensitive suites in other zones are counted
// on their own; a test that fails only in another zone still counts as failed on the closing line, so
// the line never says "0 failed" for a run that failed.
// Usage: tsx scripts/test-counts.ts MAIN.json [RERUN.json …] → "passed failed skipped rerunPassed rerunFailed"
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface TestFileResult {
  name: string;
  status: string;
  assertionResults: { fullName: string; status: string }[];
}
export interface VitestReport {
  testResults: TestFileResult[];
}
export interface UnitCounts {
  passed: number;
  failed: number;
  skipped: number;
  rerunPassed: number;
  rerunFailed: number;
}

type Outcome = 'passed' | 'failed' | 'skipped';

/** Each test of a report with its outcome; a file that failed without a failing test (it did not load) is one failure. */
function outcomes(report: VitestReport): [string, Outcome][] {
  return report.testResults.flatMap((file) => {
    const tests = file.assertionResults.map((test): [string, Outcome] => [`${file.name}\n${test.fullName}`, test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped']);
    const fileFailedAlone = file.status === 'failed' && !tests.some(([, outcome]) => outcome === 'failed');
    return fileFailedAlone ? [...tests, [`${file.name}\n`, 'failed'] as [string, Outcome]] : tests;
  });
}

/** A missing report (vitest crashed before writing it) and a run that found no test are one failure each. */
export function unitCounts(main: VitestReport | undefined, reruns: (VitestReport | undefined)[]): UnitCounts {
  const tests = new Map<string, Outcome>(main ? outcomes(main) : [['(no report)', 'failed']]);
  if (tests.size === 0) tests.set('(no tests)', 'failed');
  let rerunPassed = 0;
  let rerunFailed = 0;
  for (const [index, rerun] of reruns.entries()) {
    const results: [string, Outcome][] = rerun ? outcomes(rerun) : [[`(no report of re-run ${index + 1})`, 'failed']];
    if (results.length === 0) results.push([`(no tests in re-run ${index + 1})`, 'failed']);
    for (const [key, outcome] of results) {
      if (outcome === 'passed') rerunPassed++;
      if (outcome !== 'failed') continue;
      rerunFailed++;
      tests.set(key, 'failed');
    }
  }
  const count = (outcome: Outcome) => [...tests.values()].filter((o) => o === outcome).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), rerunPassed, rerunFailed };
}

function readReport(path: string): VitestReport | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
  } catch {
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [main, ...reruns] = process.argv.slice(2);
  const c = unitCounts(readReport(main!), reruns.map(readReport));
  console.log(c.passed, c.failed, c.skipped, c.rerunPassed, c.rerunFailed);
}

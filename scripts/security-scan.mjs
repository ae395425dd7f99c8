#!/usr/bin/env node
// Runs @doyensec/electronegativity over electron/ and renderer/ and fails on what it finds.
// The tool never fails on findings, so they are judged here: any HIGH finding fails, and any MEDIUM or
// LOW finding fails unless security-allowlist.json lists it (check + file) with a reason.
//
// Both folders are scanned together from a staging copy: the tool's global checks look for
// the CSP and the navigation limits across the whole input, and scanned apart, electron/
// "has no CSP" (it is in renderer/index.html) and renderer/ "has no navigation limits" (they
// are in electron/main.ts).
// The tool is called through its module API, not its CLI: the CLI writes its CSV as two
// concurrent writes (the header truncating, the rows appending), and on a busy machine the header
// lands last and overwrites the first row, which then reads as a finding nobody listed.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SCANNED = ['electron', 'renderer'];

if (!existsSync(join(root, 'node_modules', '@doyensec', 'electronegativity'))) {
  console.error(
    'security-scan: electronegativity is not installed (node_modules/@doyensec/electronegativity).\n' +
      'Add the devDependency "@doyensec/electronegativity" and run npm ci (with ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
  );
  process.exit(2);
}

// Loaded after the check above, so a machine without node_modules gets that message instead.
const { default: electronegativity } = await import('@doyensec/electronegativity');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
const allowlist = JSON.parse(readFileSync(join(root, 'security-allowlist.json'), 'utf8'));

const staging = mkdtempSync(join(tmpdir(), 'lich-truc-scan-'));
let findings;
try {
  for (const dir of SCANNED) cpSync(join(root, dir), join(staging, dir), { recursive: true });
  const run = electronegativity.default ?? electronegativity;
  // Its i18n asks GitHub for fresh translations and prints when offline (always, here).
  const log = console.log;
  console.log = () => {};
  const result = await run({
    input: staging,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    parserPlugins: [],
    isVerbose: false,
  }).finally(() => (console.log = log));
  if (result.errors?.length) {
    console.error(`security-scan: electronegativity could not read ${result.errors.map((e) => e.file).join(', ')}`);
    process.exit(2);
  }
  findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    file: issue.file.replaceAll('\\', '/'),
    location: `${issue.location.line}:${issue.location.column}`,
    description: issue.description,
  }));
} finally {
  rmSync(staging, { recursive: true, force: true });
}

const allowed = (f) => allowlist.find((entry) => entry.check === f.check && entry.file === f.file);
let failures = 0;
for (const f of findings) {
  const entry = allowed(f);
  const verdict = f.severity === 'HIGH' ? 'FAIL (high)' : entry ? 'allowed' : 'FAIL (not in security-allowlist.json)';
  if (verdict.startsWith('FAIL')) failures++;
  console.log(`${verdict.padEnd(38)} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location} — ${f.description}${entry ? `\n${' '.repeat(46)}reason: ${entry.reason}` : ''}`);
}
for (const entry of allowlist.filter((e) => !findings.some((f) => f.check === e.check && f.file === e.file))) {
  console.log(`note: allowlist entry no longer needed: ${entry.check} ${entry.file}`);
}
console.log(`security scan: ${findings.length} findings, ${findings.length - failures} allowed, ${failures} failing`);
process.exit(failures ? 1 : 0);

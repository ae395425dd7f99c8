#!/usr/bin/env node
// Runs @doyensec/electronegativity over electron/ and renderer/ and fails on what it finds.
// The tool always exits 0, so its CSV is read here: any HIGH finding fails, and any MEDIUM or
// LOW finding fails unless security-allowlist.json lists it (check + file) with a reason.
//
// Both folders are scanned together from a staging copy: the tool's global checks look for
// the CSP and the navigation limits across the whole input, and scanned apart, electron/
// "has no CSP" (it is in renderer/index.html) and renderer/ "has no navigation limits" (they
// are in electron/main.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tool = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const SCANNED = ['electron', 'renderer'];

if (!existsSync(tool)) {
  console.error(
    'security-scan: electronegativity is not installed (node_modules/.bin/electronegativity).\n' +
      'Add the devDependency "@doyensec/electronegativity" and run npm ci (with ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
  );
  process.exit(2);
}

// Loaded after the check above, so a machine without node_modules gets that message instead.
const { default: Papa } = await import('papaparse');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
const allowlist = JSON.parse(readFileSync(join(root, 'security-allowlist.json'), 'utf8'));

const staging = mkdtempSync(join(tmpdir(), 'lich-truc-scan-'));
let findings;
try {
  for (const dir of SCANNED) cpSync(join(root, dir), join(staging, dir), { recursive: true });
  const csv = join(staging, 'electronegativity.csv');
  const run = spawnSync(tool, ['-i', staging, '-r', '-e', electronVersion, '-o', csv, '-x', 'AvailableSecurityFixesGlobalCheck'], { cwd: staging, encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(csv)) {
    console.error(`security-scan: electronegativity failed (exit ${run.status}).\n${run.stderr}`);
    process.exit(2);
  }
  const parsed = Papa.parse(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  // A row the CSV reader could not split into columns is a finding we cannot judge: it fails.
  findings = parsed.data.map((row) => ({
    check: row.issue ?? '(unreadable CSV row)',
    severity: row.severity ?? 'HIGH',
    file: (row.filename ?? '').replaceAll('\\', '/'),
    location: row.location,
    description: row.description,
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

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Reads one file over and over, as a web server answering phones does, until `stop` appears (or
 * 60 s on a monotonic timer, or 2 million reads: bounded either way), then prints how often it saw each content (by
 * SHA-256) as JSON. A file seen half-written shows up as a content nobody wrote.
 */
const [file, stop] = process.argv.slice(2) as [string, string];
const seen: Record<string, number> = {};
const started = performance.now();
let reads = 0;
for (; reads < 2_000_000; reads++) {
  let digest = 'missing';
  try {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    // Absent for a moment: would be a defect too, counted as its own "content".
  }
  seen[digest] = (seen[digest] ?? 0) + 1;
  if (reads === 0) process.stdout.write('ready\n');
  if (reads % 64 === 0 && (existsSync(stop) || performance.now() - started > 60_000)) break;
}
process.stdout.write(`${JSON.stringify({ reads, seen })}\n`);

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Converts office files to PDF with LibreOffice in one run (it starts slowly), under a profile of
 * its own so a LibreOffice already open on the machine neither blocks nor changes the result.
 */
export function libreOfficeToPdf(files: readonly string[], outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lich-truc-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { AppError } from '../../../shared/errors/app-error';
import type { PdfPrinter } from '../adapters';
import { msg } from '../../../shared/i18n/message';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Prints with headless Chromium from the command line: what the CLI and tests use without Electron. */
export function chromiumPrinter(executable = findChromium()): PdfPrinter {
  return {
    async print(html) {
      if (!executable) throw new AppError('EXPORT_FAILED', msg('exports.error.noChromium'));
      const dir = await mkdtemp(join(tmpdir(), 'lich-truc-print-'));
      try {
        const page = join(dir, 'page.html');
        const pdf = join(dir, 'page.pdf');
        await writeFile(page, html, 'utf8');
        await promisify(execFile)(
          executable,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-pdf-header-footer',
            // Lets the embedded fonts finish loading before the page is printed.
            '--virtual-time-budget=5000',
            `--user-data-dir=${join(dir, 'profile')}`,
            `--print-to-pdf=${pdf}`,
            pathToFileURL(page).href,
          ],
          { timeout: 60_000 },
        );
        return new Uint8Array(await readFile(pdf));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('EXPORT_FAILED', msg('exports.error.printFailed', { reason: (error as Error).message.split('\n')[0] ?? '' }));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

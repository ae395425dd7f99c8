import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfPrinter } from './services/adapters';

/**
 * Electron's printToPDF over a hidden window with scripts off: the page has none, and names in it
 * come from users. The CSS @page size and margins rule (preferCSSPageSize), as in headless Chromium.
 */
export const electronPrinter: PdfPrinter = {
  async print(html) {
    const dir = await mkdtemp(join(tmpdir(), 'lich-truc-print-'));
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
    });
    try {
      const page = join(dir, 'page.html');
      await writeFile(page, html, 'utf8');
      await window.loadFile(page);
      return new Uint8Array(await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false }));
    } finally {
      window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Turns a print page into PDF bytes. The app passes Electron's printToPDF (electron/print.ts); the
 * CLI and tests pass headless Chromium. Both print the same HTML, so the PDF looks the same.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
}

import type { RosterDocument } from '../roster-document';
import { htmlPage } from './official-parts';
import { printCss, type Orientation } from './page-style';
import { rosterBodyHtml } from './roster-html';
import { slipBodyHtml } from './slip-html';

export interface PrintOptions {
  orientation: Orientation;
  /** A person's slip instead of the whole roster. */
  staffId?: string;
}

/** The parts of a print: the preview applies the CSS itself (its CSP forbids a <style> element). */
export interface PrintParts {
  title: string;
  css: string;
  body: string;
}

export function printParts(doc: RosterDocument, options: PrintOptions): PrintParts {
  return {
    title: options.staffId ? 'Phiếu trực' : `Lịch trực — ${doc.subject}`,
    css: printCss(options.orientation),
    body: options.staffId ? slipBodyHtml(doc, options.staffId) : rosterBodyHtml(doc),
  };
}

/** The standalone page Chromium prints: the font embedded before the print CSS. */
export function printHtml(parts: PrintParts, fontCss: string): string {
  return htmlPage(parts.title, `${fontCss}\n${parts.css}`, parts.body);
}

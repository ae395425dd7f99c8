import type { ExportFormat } from '../../../shared/api/exports';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { printHtml, printParts, type PrintOptions } from '../../../shared/export/print/print-html';
import { rosterDocument } from '../../../shared/export/roster-document';
import { rosterRows } from '../../../shared/export/roster-rows';
import { tableCsv } from '../../../shared/export/sheet-table';
import type { CsvStyle } from '../../../shared/export/csv-style';
import type { ExportSource } from '../../../shared/export/source';
import type { Settings } from '../../../shared/settings/schema';
import type { PdfPrinter } from '../adapters';
import { tinosFontCss } from './print-fonts';
import { rosterDocx } from './roster-docx';
import { rosterXlsx } from './roster-xlsx';

/** One file of an export; `name` is only used inside a folder (per-person calendars). */
export interface ExportFile {
  name: string;
  content: string | Uint8Array;
}

export interface ExportOptions extends PrintOptions {
  /** The ORGANIZER of calendars when not the unit email of Settings (CLI `--organizer`). */
  organizerEmail?: string;
  /** CSV for Vietnamese Excel (the default) or comma-separated with decimal points. */
  csvStyle?: CsvStyle;
}

export interface ExportDeps {
  printer: PdfPrinter;
}

/** Builds the bytes of one format from a source; writing them is the caller's. */
export async function exportFiles(format: ExportFormat, source: ExportSource, settings: Settings, options: ExportOptions, deps: ExportDeps): Promise<ExportFile[]> {
  const one = (content: string | Uint8Array) => [{ name: '', content }];
  switch (format) {
    case 'ics':
      return one(rosterCalendar(source, settings, options.organizerEmail));
    case 'ics-per-person':
      return personCalendars(source, settings, options.organizerEmail).map((c) => ({ name: c.fileName, content: c.ics }));
    case 'html':
      return one(printHtml(printParts(rosterDocument(source, settings), options), tinosFontCss()));
    case 'pdf':
      return one(await deps.printer.print(printHtml(printParts(rosterDocument(source, settings), options), tinosFontCss())));
    case 'docx':
      return one(await rosterDocx(rosterDocument(source, settings), options.orientation));
    case 'xlsx':
      return one(await rosterXlsx(source.core, settings.pay));
    case 'csv':
      return one(tableCsv(rosterRows(source.core), options.csvStyle ?? 'excel-vi'));
  }
}

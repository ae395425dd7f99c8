import type { ExportFormat, ExportRequest } from '../../../shared/api/exports';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { printHtml, printParts, type PrintOptions } from '../../../shared/export/print/print-html';
import { rosterDocument } from '../../../shared/export/roster-document';
import { rosterRows } from '../../../shared/export/roster-rows';
import { tableCsv } from '../../../shared/export/sheet-table';
import type { ExportSource } from '../../../shared/export/source';
import type { Settings } from '../../../shared/settings/schema';
import { AppError } from '../../../shared/errors/app-error';
import type { PdfPrinter } from '../adapters';
import { tinosFontCss } from './print-fonts';
import { rosterXlsx } from './roster-xlsx';
import { msg } from '../../../shared/i18n/message';

export type FileContent = string | Uint8Array;

/** One file of an export with the name it is offered under. */
export interface ExportFile {
  name: string;
  content: FileContent;
}

export interface BuildInput<F extends ExportFormat> {
  source: ExportSource;
  settings: Settings;
  request: Extract<ExportRequest, { format: F }>;
  printer: PdfPrinter;
}

/** A single file's content, or the named files of a per-person format. */
type Builder<F extends ExportFormat> = (input: BuildInput<F>) => Promise<FileContent | ExportFile[]> | FileContent | ExportFile[];

const print = ({ source, settings, request }: Pick<BuildInput<'pdf'>, 'source' | 'settings'> & { request: PrintOptions }) =>
  printHtml(printParts(rosterDocument(source, settings), request), tinosFontCss());

/**
 * What each format of shared/export/formats.ts is made of; the compiler refuses a format of the
 * table without its builder. Builders make bytes; naming and saving them is the caller's.
 */
export const BUILDERS: { [F in ExportFormat]: Builder<F> } = {
  pdf: async (input) => input.printer.print(print(input)),
  // Loaded when a Word file is made: the docx library costs every other command (and the CLI's start) its load time.
  docx: async ({ source, settings, request }) => (await import('./roster-docx')).rosterDocx(rosterDocument(source, settings), request.orientation),
  xlsx: ({ source, settings }) => rosterXlsx(source.core, settings.pay),
  csv: ({ source, request }) => tableCsv(rosterRows(source.core), request.csvStyle ?? 'excel-vi'),
  html: print,
  ics: ({ source, settings, request }) => {
    if (!request.staffId) return rosterCalendar(source, settings, request.organizerEmail);
    const own = personCalendars(source, settings, request.organizerEmail).find((c) => c.staffId === request.staffId);
    if (!own) throw new AppError('NOT_FOUND', msg('exports.error.noShifts'));
    return own.ics;
  },
  'ics-per-person': ({ source, settings, request }) => personCalendars(source, settings, request.organizerEmail).map((calendar) => ({ name: calendar.fileName, content: calendar.ics })),
};

export function buildFormat<F extends ExportFormat>(input: BuildInput<F>): ReturnType<Builder<F>> {
  return (BUILDERS[input.request.format] as Builder<F>)(input);
}

/**
 * Every export format, once: its file extension and type, whether it can be made for one person
 * (`--staff`, the Xuất bản screen's "Phiếu trực"), whether it has a page orientation, and whether it
 * is one file or one per person. The contract's request (shared/api/exports.ts), the builders
 * (electron/services/exports/export-files.ts), the CLI and the Xuất bản screen all read this table.
 */
export const EXPORT_FORMATS = {
  pdf: { extension: 'pdf', mime: 'application/pdf', perPerson: true, orientation: true, files: 'one' },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', perPerson: false, orientation: true, files: 'one' },
  xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', perPerson: false, orientation: false, files: 'one' },
  csv: { extension: 'csv', mime: 'text/csv', perPerson: false, orientation: false, files: 'one' },
  html: { extension: 'html', mime: 'text/html', perPerson: true, orientation: true, files: 'one' },
  ics: { extension: 'ics', mime: 'text/calendar', perPerson: true, orientation: false, files: 'one' },
  /** One calendar per person on duty, to hand out. */
  'ics-per-person': { extension: 'ics', mime: 'text/calendar', perPerson: false, orientation: false, files: 'per-person' },
} as const satisfies Record<string, ExportFormatSpec>;

export interface ExportFormatSpec {
  extension: string;
  mime: string;
  perPerson: boolean;
  orientation: boolean;
  files: 'one' | 'per-person';
}

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
/** In the table's order, which is also the order of the Xuất bản screen's buttons. */
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
export const PER_PERSON_FORMATS = EXPORT_FORMAT_NAMES.filter((f) => EXPORT_FORMATS[f].perPerson);

import type { DutyLog } from '../../../shared/duty-log/schema';
import { afterReportDocument, type AfterReportOptions } from '../../../shared/paperwork/after-report';
import { contactListDocument, type ContactListOptions } from '../../../shared/paperwork/contact-list';
import { incidentNoticeDocument, type IncidentNoticeOptions } from '../../../shared/paperwork/incident-notice';
import type { PaperDocument } from '../../../shared/paperwork/paper-body';
import { contactListBodyHtml } from '../../../shared/paperwork/print/contact-list-html';
import { paperBodyHtml } from '../../../shared/paperwork/print/paper-html';
import { htmlPage } from '../../../shared/export/print/official-parts';
import { printCss, type Orientation } from '../../../shared/export/print/page-style';
import type { ExportSource } from '../../../shared/export/source';
import type { PlanCore } from '../../../shared/plan/schema';
import type { ReadinessTask } from '../../../shared/readiness/schema';
import type { Settings } from '../../../shared/settings/schema';
import { epochToVn } from '../../../shared/time/zone';
import type { PdfPrinter } from '../adapters';
import { tinosFontCss } from '../exports/print-fonts';

/** The papers of the holiday (issue #17); the format comes from the file's extension. */
export type PaperFormat = 'pdf' | 'docx' | 'html';

/** Which paper, with what the user wrote on it for this once. */
export type PaperRequest =
  { kind: 'contacts'; options: ContactListOptions } | { kind: 'incident'; incidentId: string; options: IncidentNoticeOptions } | { kind: 'after'; options: AfterReportOptions };
export type PaperKind = PaperRequest['kind'];

/** What a paper is made from: the version that goes out, and for the papers of the duty itself its log. */
export interface PaperInputs {
  source: ExportSource;
  settings: Settings;
  /** The published version the log is kept against, and the log; only the duty's papers read them. */
  logged: () => { core: PlanCore; log: DutyLog };
  /** The plan's readiness checklist as its screen shows it; only the after-holiday report reads it. */
  readiness: () => readonly ReadinessTask[];
  /** Now: the after-holiday report's figures are the log's at this moment. */
  now: number;
}

const page = (orientation: Orientation, title: string, body: string) => htmlPage(title, `${tinosFontCss()}\n${printCss(orientation)}`, body);

async function paperBytes(doc: PaperDocument, format: PaperFormat, orientation: Orientation, printer: PdfPrinter): Promise<string | Uint8Array> {
  // The Word writers are loaded when a Word file is made, as the roster's are (export-files.ts).
  if (format === 'docx') return (await import('./paper-docx')).paperDocx(doc, orientation);
  const html = page(orientation, `${doc.typeName} — ${doc.subject}`, paperBodyHtml(doc));
  return format === 'html' ? html : printer.print(html);
}

/** The bytes of one paper in one format: PDF and HTML from the same page, Word laid out alike. */
export async function paperFile(request: PaperRequest, format: PaperFormat, inputs: PaperInputs, orientation: Orientation, printer: PdfPrinter): Promise<string | Uint8Array> {
  const { source, settings } = inputs;
  switch (request.kind) {
    case 'contacts': {
      const doc = contactListDocument(source, settings, request.options);
      if (format === 'docx') return (await import('./contact-list-docx')).contactListDocx(doc, orientation);
      const html = page(orientation, `Danh sách cán bộ trực — ${doc.subject}`, contactListBodyHtml(doc));
      return format === 'html' ? html : printer.print(html);
    }
    case 'incident': {
      const { core, log } = inputs.logged();
      const today = epochToVn(inputs.now).slice(0, 10);
      return paperBytes(incidentNoticeDocument(source, core, log, request.incidentId, settings, today, request.options), format, orientation, printer);
    }
    case 'after': {
      const { core, log } = inputs.logged();
      const document = afterReportDocument({ source, core, log, readiness: inputs.readiness(), settings, now: inputs.now }, request.options);
      return paperBytes(document, format, orientation, printer);
    }
  }
}

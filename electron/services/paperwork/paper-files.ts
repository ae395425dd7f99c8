import { contactListDocument, type ContactListOptions } from '../../../shared/paperwork/contact-list';
import { contactListBodyHtml } from '../../../shared/paperwork/print/contact-list-html';
import { htmlPage } from '../../../shared/export/print/official-parts';
import { printCss, type Orientation } from '../../../shared/export/print/page-style';
import type { ExportSource } from '../../../shared/export/source';
import type { Settings } from '../../../shared/settings/schema';
import type { PdfPrinter } from '../adapters';
import { tinosFontCss } from '../exports/print-fonts';
import { contactListDocx } from './contact-list-docx';

/** The papers of the holiday (issue #17); the format comes from the file's extension. */
export type PaperKind = 'contacts';
export type PaperFormat = 'pdf' | 'docx' | 'html';

export interface PaperOptions extends ContactListOptions {
  orientation?: Orientation;
}

/** The bytes of one paper in one format: PDF and HTML from the same page, Word laid out alike. */
export async function paperFile(kind: PaperKind, format: PaperFormat, source: ExportSource, settings: Settings, options: PaperOptions, printer: PdfPrinter): Promise<string | Uint8Array> {
  const { orientation = 'portrait', ...rest } = options;
  const page = (title: string, body: string) => htmlPage(title, `${tinosFontCss()}\n${printCss(orientation)}`, body);
  switch (kind) {
    case 'contacts': {
      const doc = contactListDocument(source, settings, rest);
      if (format === 'docx') return contactListDocx(doc, orientation);
      const html = page(`Danh sách cán bộ trực — ${doc.subject}`, contactListBodyHtml(doc));
      return format === 'html' ? html : printer.print(html);
    }
  }
}

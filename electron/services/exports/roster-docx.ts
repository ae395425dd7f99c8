import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type IRunOptions } from 'docx';
import type { Orientation } from '../../../shared/export/print/page-style';
import type { PersonLine, RosterDocument, RosterRow } from '../../../shared/export/roster-document';

/** Decree 30: Times New Roman 13 pt (sizes are in half-points), margins in twentieths of a point. */
const FONT = 'Times New Roman';
const mm = (n: number) => Math.round(n * 56.7);
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

type Run = Omit<IRunOptions, 'font'>;
const run = (text: string, options: Run = {}) => new TextRun({ text, font: FONT, size: 26, ...options });
const para = (runs: TextRun[], options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; rule?: boolean } = {}) =>
  new Paragraph({
    children: runs,
    alignment: options.align,
    spacing: { after: options.after ?? 0 },
    // A short rule under the unit name and the motto, as Decree 30 draws it.
    border: options.rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
  });
const centred = (text: string, options: Run = {}, rule = false) => para([run(text, options)], { align: AlignmentType.CENTER, rule });

function cell(paragraphs: Paragraph[], width: number, extra: { rowSpan?: number; borders?: typeof NO_BORDERS } = {}) {
  return new TableCell({ children: paragraphs, width: { size: width, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.TOP, ...extra });
}

function header(doc: RosterDocument): Table {
  const { info } = doc;
  const left = [
    centred(info.supervisingAgency.toUpperCase(), { size: 24 }),
    centred(info.unitName.toUpperCase(), { bold: true, size: 24 }, true),
    centred(`Số: ${info.number.trim() ? info.number : '…'}`),
  ];
  const right = [centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }), centred('Độc lập - Tự do - Hạnh phúc', { bold: true }, true), centred(doc.placeAndDate, { italics: true })];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 42, { borders: NO_BORDERS }), cell(right, 58, { borders: NO_BORDERS })] })],
  });
}

const personParagraphs = (lines: PersonLine[], withPost: boolean) =>
  lines.map((l) =>
    para([
      run(l.name, { bold: true, size: 22 }),
      run(
        [withPost ? l.post : '', l.phone && `ĐT: ${l.phone}`]
          .filter(Boolean)
          .map((t) => `, ${t}`)
          .join(''),
        { size: 22 },
      ),
    ]),
  );
const small = (text: string, options: Run = {}) => para([run(text, { size: 22, ...options })], { align: AlignmentType.CENTER });
const WIDTHS = [5, 10, 8, 7, 11, 19, 31, 9];

function rowCells(row: RosterRow): TableCell[] {
  return [
    cell([small(row.shift), small(row.hours)], WIDTHS[4]!),
    cell(personParagraphs(row.leaders, false), WIDTHS[5]!),
    cell(personParagraphs(row.staff, true), WIDTHS[6]!),
    cell(
      row.notes.map((n) => small(n, { bold: true })),
      WIDTHS[7]!,
    ),
  ];
}

function rosterTable(doc: RosterDocument): Table {
  const head = new TableRow({
    tableHeader: true,
    children: ['STT', 'Ngày', 'Thứ', 'Âm lịch', 'Ca / Thời gian', 'Lãnh đạo trực', 'Cán bộ trực', 'Ghi chú'].map((h, i) => cell([small(h, { bold: true })], WIDTHS[i]!)),
  });
  const rows = doc.days.flatMap((day, i) =>
    day.rows.map((row, j) => {
      const span = { rowSpan: day.rows.length };
      const dayCells =
        j === 0
          ? [cell([small(String(i + 1))], WIDTHS[0]!, span), cell([small(day.dateText)], WIDTHS[1]!, span), cell([small(day.weekday)], WIDTHS[2]!, span), cell([small(day.lunar)], WIDTHS[3]!, span)]
          : [];
      return new TableRow({ cantSplit: true, children: [...dayCells, ...rowCells(row)] });
    }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows] });
}

function listSection(title: string, items: string[]): Paragraph[] {
  if (!items.length) return [];
  return [para([run(title, { bold: true })], { after: 0 }), ...items.map((item) => para([run(`- ${item}`)]))];
}

function footer(doc: RosterDocument): Table {
  const recipients = [para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })]), ...doc.info.recipients.map((r) => para([run(`- ${r};`, { size: 22 })]))];
  const signer = [
    ...doc.info.signerTitle.split(/\r?\n/).map((line) => centred(line.toUpperCase(), { bold: true })),
    ...Array.from({ length: 4 }, () => centred('')),
    centred(doc.info.signerName, { bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(recipients, 50, { borders: NO_BORDERS }), cell(signer, 50, { borders: NO_BORDERS })] })],
  });
}

/** The "Thông báo" in Word, laid out as the print, for the records clerk to number, edit and sign. */
export async function rosterDocx(doc: RosterDocument, orientation: Orientation): Promise<Uint8Array> {
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] })] });
  const document = new Document({
    creator: 'Lịch Trực',
    title: `Lịch trực — ${doc.subject}`,
    sections: [
      {
        properties: {
          // Page numbers from page 2: the first page has its own, empty, header.
          titlePage: true,
          page: { size: { orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: MARGINS },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          header(doc),
          para([], { after: 200 }),
          centred('THÔNG BÁO', { bold: true, size: 28 }),
          centred('LỊCH TRỰC', { bold: true, size: 28 }),
          centred(doc.subject, { bold: true }),
          para([run(`(${doc.period})`, { italics: true })], { align: AlignmentType.CENTER, after: 200 }),
          rosterTable(doc),
          para([], { after: 120 }),
          ...listSection('Nhiệm vụ của cán bộ trực', [...doc.duties]),
          ...listSection(
            'Liên hệ khẩn cấp khi có sự cố',
            doc.contacts.map((c) => [c.name, c.phone && `ĐT: ${c.phone}`, c.email && `Email: ${c.email}`].filter(Boolean).join(' — ')),
          ),
          para([], { after: 200 }),
          footer(doc),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

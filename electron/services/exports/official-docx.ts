import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Orientation } from '../../../shared/export/print/page-style';
import type { DocumentInfo } from '../../../shared/settings/schema';
import { longestLine, textWidth } from './text-width';

/**
 * Decree 30/2020/NĐ-CP in Word: A4, Times New Roman, margins top/bottom 20 mm, left 30 mm, right
 * 15 mm. Lengths are in twentieths of a point (twips); font sizes in half-points.
 */
export const FONT = 'Times New Roman';
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (n: number) => Math.round(n * TWIPS_PER_MM);
export const pt = (n: number) => Math.round(n * 20);
const A4 = { short: 11906, long: 16838 };
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** The width text runs in: the page less its side margins. */
export const textWidthOf = (orientation: Orientation) => (orientation === 'landscape' ? A4.long : A4.short) - MARGINS.left - MARGINS.right;

export const SIZE = { agency: 12, unit: 12, nation: 12, motto: 13, body: 13, type: 14, table: 11 } as const;
/** Left and right padding of a table cell. */
export const CELL_PAD = 85;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 };

export type Run = Omit<IRunOptions, 'font' | 'size'>;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export const run = (text: string, sizePt: number, options: Run = {}) => new TextRun({ text, font: FONT, size: sizePt * 2, ...options });
export const para = (runs: TextRun[], options: { align?: Align; after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({ children: runs, alignment: options.align, spacing: { after: options.after ?? 0 }, keepNext: options.keepNext });
export const centred = (text: string, sizePt: number, options: Run = {}, keepNext = false) => para([run(text, sizePt, options)], { align: AlignmentType.CENTER, keepNext });

/**
 * A horizontal rule of `length` twips centred in `width`: an empty paragraph two points high whose
 * bottom border is drawn between its indents. A border on the text's own paragraph would run the
 * whole column (Word and LibreOffice draw it margin to margin, not under the text).
 */
export function rule(length: number, width: number, after = 120, before = 0): Paragraph {
  const indent = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    children: [],
    indent: { left: indent, right: indent },
    border: { bottom: RULE },
    spacing: { before, after, line: 40, lineRule: LineRuleType.EXACT },
    keepNext: true,
  });
}

export const fixedCell = (children: Paragraph[], width: number, extra: { borders?: typeof NO_BORDERS; margins?: number; rowSpan?: number } = {}) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(extra.rowSpan ? { rowSpan: extra.rowSpan } : {}),
    verticalAlign: VerticalAlign.TOP,
    margins: { left: extra.margins ?? CELL_PAD, right: extra.margins ?? CELL_PAD, top: 30, bottom: 30 },
    ...(extra.borders ? { borders: extra.borders } : {}),
  });

export function table(widths: number[], rows: TableRow[], borders?: typeof NO_BORDERS): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(borders ? { borders } : {}),
    rows,
  });
}

/** Splits `total` twips into parts proportional to `weights`, the last taking the rounding, so they add up exactly. */
export function share(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** What every official paper prints around its body: the header, the number, the trích yếu, "Nơi nhận" and the signer. */
export interface OfficialFrame {
  info: DocumentInfo;
  /** "Số: 15/TB-TTCNTT". */
  number: string;
  placeAndDate: string;
  /** The trích yếu under the document type. */
  subject: string;
  recipients: string[];
}

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The two-column header, columns fixed so the national name holds on one line, with each rule sized to its text. */
function header(doc: OfficialFrame, width: number): Table {
  const { info } = doc;
  const right = Math.max(Math.round(width * 0.55), pt(textWidth(NATION, SIZE.nation, true)) + mm(4));
  const left = width - right;
  const unit = info.unitName.toUpperCase();
  const unitLine = pt(longestLine(unit, SIZE.unit, true, left / 20));
  const leftCell = [
    centred(info.supervisingAgency.toUpperCase(), SIZE.agency),
    centred(unit, SIZE.unit, { bold: true }, true),
    // Decree 30: ⅓–½ of the unit's line; two fifths sits in the middle.
    rule(Math.round(unitLine * 0.4), left),
    centred(doc.number, SIZE.body),
  ];
  const rightCell = [
    centred(NATION, SIZE.nation, { bold: true }),
    centred(MOTTO, SIZE.motto, { bold: true }, true),
    rule(pt(textWidth(MOTTO, SIZE.motto, true)), right),
    centred(doc.placeAndDate, SIZE.body, { italics: true }),
  ];
  return table(
    [left, right],
    [new TableRow({ children: [fixedCell(leftCell, left, { borders: NO_BORDERS, margins: 0 }), fixedCell(rightCell, right, { borders: NO_BORDERS, margins: 0 })] })],
    NO_BORDERS,
  );
}

/** "Nơi nhận:" and the signature, one row that never splits; the contacts before it keep with it. */
function footer(doc: OfficialFrame, width: number): Table {
  const recipients = [para([run('Nơi nhận:', 12, { bold: true, italics: true })]), ...doc.recipients.map((r) => para([run(r, 11)]))];
  const signer = [
    ...doc.info.signerTitle.split(/\r?\n/).map((line) => centred(line.toUpperCase(), SIZE.body, { bold: true })),
    ...Array.from({ length: 4 }, () => centred('', SIZE.body)),
    centred(doc.info.signerName, SIZE.body, { bold: true }),
  ];
  const half = Math.round(width / 2);
  return table(
    [half, width - half],
    [new TableRow({ cantSplit: true, children: [fixedCell(recipients, half, { borders: NO_BORDERS, margins: 0 }), fixedCell(signer, width - half, { borders: NO_BORDERS, margins: 0 })] })],
    NO_BORDERS,
  );
}

/**
 * A Decree 30 document in Word: the header, the type in bold capitals with the trích yếu and its
 * short rule, the body the caller lays out in `width` twips, and "Nơi nhận" with the signature;
 * then, from a new page, the annexes (`annex`), if any. Page numbers are centred at the top from page 2.
 */
export async function officialDocx(
  frame: OfficialFrame,
  typeName: string,
  orientation: Orientation,
  body: (width: number) => (Paragraph | Table)[],
  annex?: (width: number) => (Paragraph | Table)[],
): Promise<Uint8Array> {
  const width = textWidthOf(orientation);
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] })] });
  const subjectLine = pt(longestLine(frame.subject, SIZE.body, true, width / 20));
  const document = new Document({
    creator: 'Lịch Trực',
    title: `${typeName} — ${frame.subject}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body * 2 } } } },
    sections: [
      {
        properties: {
          // Page numbers from page 2: the first page has its own, empty, header.
          titlePage: true,
          page: {
            size: { width: A4.short, height: A4.long, orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: MARGINS,
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          header(frame, width),
          para([], { after: 240 }),
          centred(typeName, SIZE.type, { bold: true }, true),
          centred(frame.subject, SIZE.body, { bold: true }, true),
          // Decree 30: a short rule under the trích yếu, ⅓–½ of its length, clear of its descenders.
          rule(Math.round(subjectLine * 0.4), width, 60, 60),
          ...body(width),
          para([], { after: 200, keepNext: true }),
          footer(frame, width),
          ...(annex ? [new Paragraph({ children: [new PageBreak()] }), ...annex(width)] : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

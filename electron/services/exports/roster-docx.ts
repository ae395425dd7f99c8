import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
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
import { contactText, UNCONFIRMED_MARK } from '../../../shared/paperwork/contacts';
import type { Orientation } from '../../../shared/export/print/page-style';
import { DOCUMENT_TYPE, type PersonLine, type RosterDocument, type RosterRow } from '../../../shared/export/roster-document';
import { longestLine, textWidth } from './text-width';

/**
 * Decree 30/2020/NĐ-CP in Word: A4, Times New Roman, margins top/bottom 20 mm, left 30 mm, right
 * 15 mm. Lengths are in twentieths of a point (twips); font sizes in half-points.
 */
const FONT = 'Times New Roman';
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);
const pt = (n: number) => Math.round(n * 20);
const A4 = { short: 11906, long: 16838 };
const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** The width text runs in: the page less its side margins. */
export const textWidthOf = (orientation: Orientation) => (orientation === 'landscape' ? A4.long : A4.short) - MARGINS.left - MARGINS.right;

const SIZE = { agency: 12, unit: 12, nation: 12, motto: 13, body: 13, type: 14, table: 11 } as const;
/** Left and right padding of a table cell. */
const CELL_PAD = 85;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 };

type Run = Omit<IRunOptions, 'font' | 'size'>;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const run = (text: string, sizePt: number, options: Run = {}) => new TextRun({ text, font: FONT, size: sizePt * 2, ...options });
const para = (runs: TextRun[], options: { align?: Align; after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({ children: runs, alignment: options.align, spacing: { after: options.after ?? 0 }, keepNext: options.keepNext });
const centred = (text: string, sizePt: number, options: Run = {}, keepNext = false) => para([run(text, sizePt, options)], { align: AlignmentType.CENTER, keepNext });

/**
 * A horizontal rule of `length` twips centred in `width`: an empty paragraph two points high whose
 * bottom border is drawn between its indents. A border on the text's own paragraph would run the
 * whole column (Word and LibreOffice draw it margin to margin, not under the text).
 */
function rule(length: number, width: number, after = 120, before = 0): Paragraph {
  const indent = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    children: [],
    indent: { left: indent, right: indent },
    border: { bottom: RULE },
    spacing: { before, after, line: 40, lineRule: LineRuleType.EXACT },
    keepNext: true,
  });
}

const fixedCell = (children: Paragraph[], width: number, extra: { borders?: typeof NO_BORDERS; margins?: number; rowSpan?: number } = {}) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(extra.rowSpan ? { rowSpan: extra.rowSpan } : {}),
    verticalAlign: VerticalAlign.TOP,
    margins: { left: extra.margins ?? CELL_PAD, right: extra.margins ?? CELL_PAD, top: 30, bottom: 30 },
    ...(extra.borders ? { borders: extra.borders } : {}),
  });

function table(widths: number[], rows: TableRow[], borders?: typeof NO_BORDERS): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(borders ? { borders } : {}),
    rows,
  });
}

/** Splits `total` twips into parts proportional to `weights`, the last taking the rounding, so they add up exactly. */
function share(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The two-column header, columns fixed so the national name holds on one line, with each rule sized to its text. */
function header(doc: RosterDocument, width: number): Table {
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

const small = (text: string, options: Run = {}) => para([run(text, SIZE.table, options)], { align: AlignmentType.CENTER });
const personParagraphs = (lines: PersonLine[]) =>
  lines.map((l) =>
    para([
      run(l.name, SIZE.table, { bold: true }),
      run(
        [l.post, l.phone && `ĐT: ${l.phone}`]
          .filter(Boolean)
          .map((t) => `, ${t}`)
          .join(''),
        SIZE.table,
      ),
    ]),
  );

const HEAD = ['STT', 'Ngày', 'Thứ', 'Âm lịch', 'Ca / Thời gian', 'Lãnh đạo trực', 'Cán bộ trực', 'Ghi chú'];

/**
 * Column widths in twips adding up to the text width: the day and shift columns as wide as their
 * longest entry (so STT, dates and hours never wrap), the rest shared among the people and notes.
 */
export function rosterColumnWidths(doc: RosterDocument, width: number): number[] {
  const fit = (texts: string[], bold = false) => pt(Math.max(...texts.map((t) => textWidth(t, SIZE.table, bold)))) + 2 * CELL_PAD + 40;
  const rows = doc.days.flatMap((d) => d.rows);
  const fixed = [
    fit([String(doc.days.length), 'STT'], true),
    fit([...doc.days.map((d) => d.dateText), 'Ngày']),
    fit([...doc.days.map((d) => d.weekday), 'Thứ']),
    fit([...doc.days.map((d) => d.lunar), 'Âm lịch']),
    fit([...rows.flatMap((r) => [r.shift, r.hours])]),
  ];
  const rest = width - fixed.reduce((a, b) => a + b, 0);
  // Notes are short ("Giao thừa"): as wide as the longest, within a fifth of what is left.
  const notes = Math.max(fit(['Ghi chú'], true), Math.min(Math.round(rest * 0.2), fit(['', ...rows.flatMap((r) => r.notes)], true)));
  const [leaders, staff] = share(rest - notes, [38, 62]) as [number, number];
  // A phone number is one unbreakable word: a column narrower than it has LibreOffice cut it in two.
  const least = fit(['', ...rows.flatMap((r) => r.leaders.map((p) => p.phone))]);
  const give = Math.max(0, Math.min(least - leaders, staff - fit(['', ...rows.flatMap((r) => r.staff.map((p) => p.phone))])));
  return [...fixed, leaders + give, staff - give, notes];
}

function rowCells(row: RosterRow, widths: number[]): TableCell[] {
  return [
    fixedCell([small(row.shift), small(row.hours)], widths[4]!),
    fixedCell(personParagraphs(row.leaders), widths[5]!),
    fixedCell(personParagraphs(row.staff), widths[6]!),
    fixedCell(
      row.notes.map((n) => small(n, { bold: true })),
      widths[7]!,
    ),
  ];
}

/**
 * The roster table, its header repeated on every page. A day that fits on a page has its cells
 * (STT, date, weekday, lunar date) merged down its shifts and its rows kept together; a longer day
 * repeats them on every row, so a continuation on the next page still says which day it is (Word and
 * LibreOffice print a merged cell's text on its first page only).
 */
function rosterTable(doc: RosterDocument, width: number): Table {
  const widths = rosterColumnWidths(doc, width);
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: HEAD.map((h, i) => fixedCell([small(h, { bold: true })], widths[i]!)) });
  const rows = doc.days.flatMap((day, i) =>
    day.rows.map((row, j) => {
      const span = day.merged ? { rowSpan: day.rows.length } : {};
      const dayCells = [String(i + 1), day.dateText, day.weekday, day.lunar].map((text, k) => fixedCell([small(text)], widths[k]!, span));
      return new TableRow({
        cantSplit: true,
        keepNext: day.merged && j < day.rows.length - 1,
        children: [...(j === 0 || !day.merged ? dayCells : []), ...rowCells(row, widths)],
      });
    }),
  );
  return table(widths, [head, ...rows]);
}

function listSection(title: string, items: TextRun[][], keepNext = false): Paragraph[] {
  if (!items.length) return [];
  return [para([run(title, SIZE.body, { bold: true })], { keepNext: true }), ...items.map((item, i) => para([run('- ', SIZE.body), ...item], { keepNext: keepNext || i < items.length - 1 }))];
}

/** "Nơi nhận:" and the signature, one row that never splits; the contacts before it keep with it. */
function footer(doc: RosterDocument, width: number): Table {
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

/** The THÔNG BÁO in Word, laid out as the print, for the records clerk to number, edit and sign. */
export async function rosterDocx(doc: RosterDocument, orientation: Orientation): Promise<Uint8Array> {
  const width = textWidthOf(orientation);
  const pageNumber = new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] })] });
  const subjectLine = pt(longestLine(doc.subject, SIZE.body, true, width / 20));
  const contacts = doc.contacts.map((c) => {
    const { name, reach, unconfirmed } = contactText(c);
    return [run(name, SIZE.body), ...(reach ? [run(` — ${reach}`, SIZE.body)] : []), ...(unconfirmed ? [run(` ${UNCONFIRMED_MARK}`, 11, { italics: true })] : [])];
  });
  const document = new Document({
    creator: 'Lịch Trực',
    title: `${DOCUMENT_TYPE.name} — ${doc.subject}`,
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
          header(doc, width),
          para([], { after: 240 }),
          centred(DOCUMENT_TYPE.name, SIZE.type, { bold: true }, true),
          centred(doc.subject, SIZE.body, { bold: true }, true),
          // Decree 30: a short rule under the trích yếu, ⅓–½ of its length, clear of its descenders.
          rule(Math.round(subjectLine * 0.4), width, 60, 60),
          para([run(`(${doc.period})`, SIZE.body, { italics: true })], { align: AlignmentType.CENTER, after: 200 }),
          rosterTable(doc, width),
          para([], { after: 120 }),
          ...listSection(
            'Nhiệm vụ của cán bộ trực',
            doc.duties.map((d) => [run(d, SIZE.body)]),
          ),
          ...listSection('Liên hệ khẩn cấp khi có sự cố', contacts, true),
          para([], { after: 200, keepNext: true }),
          footer(doc, width),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

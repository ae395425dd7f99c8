import { AlignmentType, Paragraph, Table, TableCell, TableRow, type TextRun } from 'docx';
import { CELL_PAD, fixedCell, officialDocx, para, pt, run, share, SIZE, table, type Run } from './official-docx';
import { contactText, UNCONFIRMED_MARK } from '../../../shared/paperwork/contacts';
import type { Orientation } from '../../../shared/export/print/page-style';
import { DOCUMENT_TYPE, type PersonLine, type RosterDocument, type RosterRow } from '../../../shared/export/roster-document';
import { textWidth } from './text-width';
import { fairnessAnnexDocx } from './fairness-docx';

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

/** The THÔNG BÁO in Word, laid out as the print, for the records clerk to number, edit and sign. */
export function rosterDocx(doc: RosterDocument, orientation: Orientation): Promise<Uint8Array> {
  const { annex } = doc;
  const contacts = doc.contacts.map((c) => {
    const { name, reach, unconfirmed } = contactText(c);
    return [run(name, SIZE.body), ...(reach ? [run(` — ${reach}`, SIZE.body)] : []), ...(unconfirmed ? [run(` ${UNCONFIRMED_MARK}`, 11, { italics: true })] : [])];
  });
  return officialDocx(
    doc,
    DOCUMENT_TYPE.name,
    orientation,
    (width) => [
      para([run(`(${doc.period})`, SIZE.body, { italics: true })], { align: AlignmentType.CENTER, after: 200 }),
      rosterTable(doc, width),
      para([], { after: 120 }),
      ...listSection(
        'Nhiệm vụ của cán bộ trực',
        doc.duties.map((d) => [run(d, SIZE.body)]),
      ),
      ...listSection('Liên hệ khẩn cấp khi có sự cố', contacts, true),
    ],
    annex ? (width) => fairnessAnnexDocx(annex, width) : undefined,
  );
}

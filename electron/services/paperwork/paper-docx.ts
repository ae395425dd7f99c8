import { AlignmentType, BorderStyle, Paragraph, ShadingType, TableRow, type Table } from 'docx';
import type { Orientation } from '../../../shared/export/print/page-style';
import type { PaperBlock, PaperDocument } from '../../../shared/paperwork/paper-body';
import { CELL_PAD, fixedCell, mm, officialDocx, para, run, share, SIZE, table } from '../exports/official-docx';

const FIELD_INDENT = mm(7);

const cellPara = (text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  para([run(text, SIZE.table, { bold: options.bold ?? false })], { align: options.align ?? AlignmentType.LEFT });

function tableOf(block: Extract<PaperBlock, { kind: 'table' }>, width: number): Table {
  const w = share(width, block.weights);
  const align = (i: number) => (block.numeric?.[i] ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const head = new TableRow({ tableHeader: true, cantSplit: true, children: block.head.map((h, i) => fixedCell([cellPara(h, { bold: true, align: AlignmentType.CENTER })], w[i]!)) });
  const row = (cells: string[], bold = false) => new TableRow({ cantSplit: true, children: cells.map((t, i) => fixedCell([cellPara(t, { bold, align: align(i) })], w[i]!)) });
  return table(w, [head, ...block.rows.map((r) => row(r)), ...(block.total ? [row(block.total, true)] : [])]);
}

const BAR_EDGE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * The bars as a table whose bar cell holds a grey shaded paragraph, its right indent leaving the part
 * of the scale above the value: Word's own drawing, nothing to rasterise. Word draws no average or
 * best line; the caption gives both.
 */
function barsOf(block: Extract<PaperBlock, { kind: 'bars' }>, width: number): (Paragraph | Table)[] {
  const w = share(width, [27, 37, 8, 28]);
  const scale = w[1]! - 2 * CELL_PAD;
  const bar = (value: number) =>
    value > 0
      ? new Paragraph({
          children: [run(' ', 6)],
          shading: { type: ShadingType.CLEAR, fill: 'A7AEBB', color: 'auto' },
          border: { top: BAR_EDGE, bottom: BAR_EDGE, left: BAR_EDGE, right: BAR_EDGE },
          indent: { right: Math.round(scale * (1 - Math.min(1, value / block.max))) },
          spacing: { before: 40, after: 40 },
        })
      : new Paragraph({ children: [] });
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [block.head[0], block.head[1], '', block.head[2]].map((h, i) => fixedCell([cellPara(h, { bold: true, align: AlignmentType.CENTER })], w[i]!)),
  });
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          fixedCell([cellPara(r.label)], w[0]!),
          fixedCell([bar(r.value)], w[1]!),
          fixedCell([cellPara(r.valueText, { align: AlignmentType.RIGHT })], w[2]!),
          fixedCell([cellPara(r.note)], w[3]!),
        ],
      }),
  );
  return [
    new Paragraph({ children: [run(block.caption, SIZE.body, { italics: true })], alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { after: 60 }, keepNext: true }),
    table(w, [head, ...rows]),
    new Paragraph({ children: [], spacing: { after: 60 } }),
  ];
}

function blockOf(block: PaperBlock, width: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ children: [run(block.text, SIZE.body, { bold: true })], spacing: { before: 160, after: 60 }, keepNext: true })];
    case 'paragraph':
      return [new Paragraph({ children: [run(block.text, SIZE.body, { italics: block.italic ?? false })], alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { after: 80 } })];
    case 'fields':
      return block.items.flatMap((field, i) => {
        const [first, ...rest] = field.lines.length === 1 ? field.lines : ['', ...field.lines];
        const hanging = { left: FIELD_INDENT, hanging: FIELD_INDENT };
        return [
          new Paragraph({
            children: [run(`${i + 1}.\t`, SIZE.body), run(`${field.label}:`, SIZE.body, { bold: true }), ...(first ? [run(` ${first}`, SIZE.body)] : [])],
            indent: hanging,
            tabStops: [{ type: 'left', position: FIELD_INDENT }],
            spacing: { after: rest.length ? 0 : 60 },
            keepNext: rest.length > 0,
          }),
          ...rest.map((line, j) => new Paragraph({ children: [run(line, SIZE.body)], indent: { left: FIELD_INDENT }, spacing: { after: j === rest.length - 1 ? 60 : 0 } })),
        ];
      });
    case 'table':
      return [tableOf(block, width), new Paragraph({ children: [], spacing: { after: 60 } })];
    case 'bars':
      return barsOf(block, width);
  }
}

/** A paper's blocks in Word, in the same frame and order as its print. */
export function paperDocx(doc: PaperDocument, orientation: Orientation): Promise<Uint8Array> {
  return officialDocx(doc, doc.typeName, orientation, (width) => [
    ...(doc.period ? [para([run(`(${doc.period})`, SIZE.body, { italics: true })], { align: AlignmentType.CENTER, after: 200 })] : [para([], { after: 120 })]),
    ...doc.blocks.flatMap((b) => blockOf(b, width)),
  ]);
}

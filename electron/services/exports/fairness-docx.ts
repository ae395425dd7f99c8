import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableRow, VerticalAlign, WidthType, type IBorderOptions } from 'docx';
import { translate } from '../../../shared/i18n';
import type { RoleChart } from '../../../shared/roster/fairness-chart';
import { chartFigure, type ChartFigure } from '../../../shared/roster/fairness-figure';
import type { FairnessAnnex } from '../../../shared/export/roster-document';
import { centred, mm, NO_BORDERS, para, run, SIZE, table } from './official-docx';

const GRID = 'D0D4DC';
const BAR = 'A7AEBB';
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** The same line styles as the picture's: the average dashed, the best thick and solid, gridlines thin and light. */
const LINE: Record<'tick' | 'average' | 'best', IBorderOptions> = {
  tick: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  average: { style: BorderStyle.DASHED, size: 12, color: '111111' },
  best: { style: BorderStyle.SINGLE, size: 20, color: '111111' },
};
/** Half the width of a label centred on a line or tick, in the picture's units. */
const LABEL_HALF = 24;
/** Boundaries closer than this (twips) are one: Word cannot hold a column narrower than its borders. */
const MIN_COLUMN = 24;

/**
 * The fairness picture in Word, drawn as a borderless table on the picture's own layout
 * (shared/roster/fairness-figure.ts): its columns fall where the picture has an edge, a bar is a
 * row's grey-shaded paragraphs up to the person's load, the average and best lines are the cells'
 * dashed and thick borders down the rows, and the figures and marks sit where the picture writes
 * them. Word and LibreOffice both lay out tables the same, without images or drawing objects, and
 * the clerk can still edit a name. Every paragraph keeps with the next, so a role's picture is never
 * cut across two pages.
 */
export function fairnessChartDocx(figure: ChartFigure, width: number): Table {
  const scale = width / figure.width;
  const twips = (x: number) => Math.round(Math.min(figure.width, Math.max(0, x)) * scale);
  const pt = (units: number) => (units * scale) / 20;

  const wanted = [
    0,
    figure.width,
    figure.plotLeft,
    figure.plotRight,
    figure.noteLeft,
    figure.noteLeft + 40,
    figure.average.x,
    figure.best.x,
    ...[figure.average.x, figure.best.x, ...figure.ticks.map((t) => t.x)].flatMap((x) => [x - LABEL_HALF, x + LABEL_HALF]),
    ...figure.ticks.map((t) => t.x),
    ...figure.rows.map((r) => r.barEnd),
  ].map(twips);
  const edges: number[] = [];
  for (const x of [...new Set(wanted)].sort((a, b) => a - b)) if (edges.length === 0 || x - edges.at(-1)! >= MIN_COLUMN) edges.push(x);
  // Everything drawn at x lands on the nearest kept edge, so a line and a bar end a hair apart share one.
  const at = (x: number) => edges.reduce((best, edge, i) => (Math.abs(edge - twips(x)) < Math.abs(edges[best]! - twips(x)) ? i : best), 0);
  const columns = edges.slice(1).map((edge, i) => edge - edges[i]!);

  const lines = new Map<number, IBorderOptions>();
  for (const t of figure.ticks) lines.set(at(t.x), LINE.tick);
  lines.set(at(figure.average.x), LINE.average);
  lines.set(at(figure.best.x), LINE.best);

  const text = (value: string, size: number, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean } = {}) =>
    para([run(value, Math.max(6, Math.round(pt(size) * 2) / 2), { bold: options.bold })], { align: options.align, keepNext: true });
  const cell = (from: number, to: number, children: Paragraph[], borders: { left?: IBorderOptions; right?: IBorderOptions } = {}, pad: { left?: number; right?: number } = {}) =>
    new TableCell({
      children: children.length ? children : [new Paragraph({ keepNext: true })],
      columnSpan: to - from,
      width: { size: edges[to]! - edges[from]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: twips(pad.left ?? 0), right: twips(pad.right ?? 0), top: 0, bottom: 0 },
      borders: { top: NONE, bottom: NONE, left: borders.left ?? NONE, right: borders.right ?? NONE },
    });
  const last = edges.length - 1;
  const height = (units: number) => ({ value: Math.round(units * scale), rule: HeightRule.EXACT });

  /** A row of labels centred on the given xs, blank elsewhere. */
  const labelRow = (labels: { x: number; label: string; bold?: boolean }[], units: number) => {
    const cells: TableCell[] = [];
    let from = 0;
    for (const { x, label, bold } of labels) {
      const [left, right] = [at(x - LABEL_HALF), at(x + LABEL_HALF)];
      if (left < from || right <= left) continue;
      if (left > from) cells.push(cell(from, left, []));
      cells.push(cell(left, right, [text(label, figure.fontSize.note, { align: AlignmentType.CENTER, bold })]));
      from = right;
    }
    if (from < last) cells.push(cell(from, last, []));
    return new TableRow({ cantSplit: true, height: height(units), children: cells });
  };

  const barHeight = Math.round((figure.rowHeight - 8) * scale);
  const shaded = () =>
    new Paragraph({ children: [], keepNext: true, shading: { type: ShadingType.CLEAR, fill: BAR, color: 'auto' }, spacing: { before: 0, after: 0, line: barHeight, lineRule: LineRuleType.EXACT } });
  const [plotFrom, plotTo, noteFrom, noteText] = [at(figure.plotLeft), at(figure.plotRight), at(figure.noteLeft), at(figure.noteLeft + 40)];
  const barRows = figure.rows.map((row) => {
    const end = at(row.barEnd);
    // The plot cut wherever a line runs or the bar ends; each piece borders the lines at its edges.
    const cuts = [...new Set([plotFrom, ...[...lines.keys()].filter((i) => i > plotFrom && i < plotTo), ...(end > plotFrom && end < plotTo ? [end] : []), plotTo])].sort((a, b) => a - b);
    const plot = cuts.slice(1).map((to, i) => cell(cuts[i]!, to, to <= end ? [shaded()] : [], { left: lines.get(cuts[i]!), right: lines.get(to) }));
    return new TableRow({
      cantSplit: true,
      height: height(figure.rowHeight),
      children: [
        // The picture's gaps: names end 6 units before the plot, the words start 4 after the figure.
        cell(0, plotFrom, [text(row.name, figure.fontSize.name, { align: AlignmentType.RIGHT })], { right: lines.get(plotFrom) }, { right: 6 }),
        ...plot,
        ...(noteFrom > plotTo ? [cell(plotTo, noteFrom, [], { left: lines.get(plotTo) })] : []),
        cell(noteFrom, noteText, [text(row.value, figure.fontSize.note, { align: AlignmentType.RIGHT, bold: true })], {}, { right: 4 }),
        cell(noteText, last, [text(row.note, figure.fontSize.note)], {}, { left: 4 }),
      ],
    });
  });

  return table(
    columns,
    [
      labelRow([{ x: figure.average.x, label: figure.average.label }], 12),
      labelRow([{ x: figure.best.x, label: figure.best.label, bold: true }], 12),
      ...barRows,
      labelRow(
        figure.ticks.map((t) => ({ x: t.x, label: t.label })),
        figure.bottom,
      ),
    ],
    NO_BORDERS,
  );
}

/** The pictures of every role with their captions and the legend: what a Word document shows of fairness. */
export function fairnessChartsDocx(charts: readonly RoleChart[], textWidth: number): (Paragraph | Table)[] {
  // As printed: at most 200 mm wide, so names stay near 8 pt and a role of 24 fits a landscape page.
  const width = Math.min(textWidth, mm(200));
  const legend = ['roster.chart.legend.average', 'roster.chart.legend.best', 'roster.chart.legend.marks'] as const;
  const samples = ['- - -  ', '▬▬  ', ''];
  return [
    ...charts.flatMap((chart) => {
      const figure = chartFigure(chart, 'vi');
      return [para([run(figure.caption, 11, { bold: true })], { keepNext: true, after: 60 }), fairnessChartDocx(figure, width), para([], { after: 120 })];
    }),
    ...legend.map((key, i) => para([run(samples[i]!, 10, { bold: i === 1 }), run(translate('vi', key), 10)])),
    para([run(translate('vi', 'exports.annex.load'), 10)], { after: 120 }),
  ];
}

/** Decree 30's annex after the signature: "Phụ lục", its title, what it is attached to, then the pictures. */
export function fairnessAnnexDocx(annex: FairnessAnnex, width: number): (Paragraph | Table)[] {
  return [
    centred(translate('vi', 'exports.annex.label'), SIZE.body, { bold: true }, true),
    centred(translate('vi', 'exports.annex.title').toUpperCase(), SIZE.body, { bold: true }, true),
    centred(annex.reference, SIZE.body, { italics: true }, true),
    para([], { after: 120 }),
    ...fairnessChartsDocx(annex.charts, width),
  ];
}

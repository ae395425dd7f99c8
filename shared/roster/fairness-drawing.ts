import { svg, svgText, type SvgNode } from '../drawing/svg-node';
import type { ChartFigure, FigureRow } from './fairness-figure';

/** On screen a bar is a button that shows the person's shifts; printed it is only a bar. */
export interface ChartInteraction {
  shown: string | null;
  label(row: FigureRow): string;
}

const INK = '#111';
const GRID = '#d0d4dc';
const BAR = '#a7aebb';
const BAR_SHOWN = '#333';
/** The two lines told apart by their style, not their colour. */
const LINE_STYLE = { average: { 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }, best: { 'stroke-width': 2.5 } } as const;

/** A short sample of the average's or the best's line, for the legend under the charts. */
export function legendSample(line: keyof typeof LINE_STYLE): SvgNode {
  return svg('svg', { width: 28, height: 10, 'aria-hidden': 'true' }, [svg('line', { x1: 0, x2: 28, y1: 5, y2: 5, stroke: INK, ...LINE_STYLE[line] })]);
}

/**
 * The fairness picture of one role: a bar per person, the role's average as a dashed line and the
 * best achievable as a thick solid one, each figure and the night/Giao thừa/Mùng 1 marks written
 * beside the bar. Black, greys and line styles only, so it reads the same printed in black and
 * white. The Công bằng tab, the printed annex and the after-holiday report all draw it with this.
 */
export function fairnessDrawing(figure: ChartFigure, interaction?: ChartInteraction): SvgNode {
  const { width, height, top, bottom, rowHeight, plotLeft } = figure;
  const ticks = figure.ticks.map((tick) =>
    svg('g', { class: 'chart-tick' }, [
      svg('line', { x1: tick.x, x2: tick.x, y1: top - 4, y2: height - bottom, stroke: GRID }),
      svgText('text', { x: tick.x, y: height - 4, 'text-anchor': 'middle', 'font-size': figure.fontSize.note, fill: '#333' }, tick.label),
    ]),
  );
  const bars = figure.rows.map((row) => {
    const shown = interaction?.shown === row.staffId;
    const button: SvgNode['attrs'] = interaction ? { role: 'button', tabindex: 0, 'aria-pressed': String(shown), 'aria-label': interaction.label(row) } : {};
    return svg('g', { class: shown ? 'chart-bar shown' : 'chart-bar', 'data-staff-id': row.staffId, ...button }, [
      svgText('title', {}, `${row.name}: ${row.value}`),
      ...(interaction ? [svg('rect', { x: 0, y: row.y, width, height: rowHeight, fill: shown ? '#e8ecf3' : 'transparent' })] : []),
      svgText('text', { x: plotLeft - 6, y: row.y + 14, 'text-anchor': 'end', 'font-size': figure.fontSize.name, 'font-weight': shown ? 700 : 400, fill: INK }, row.name),
      svg('rect', { x: plotLeft, y: row.y + 4, width: Math.max(0, row.barEnd - plotLeft), height: rowHeight - 8, fill: shown ? BAR_SHOWN : BAR, stroke: INK, 'stroke-width': 0.8 }),
      // The figure right of the plot, clear of the lines drawn over the bars.
      svgText('text', { x: figure.noteLeft + 36, y: row.y + 14, 'text-anchor': 'end', 'font-size': figure.fontSize.note, 'font-weight': 700, fill: INK }, row.value),
      svgText('text', { x: figure.noteLeft + 44, y: row.y + 14, 'font-size': figure.fontSize.note, fill: INK }, row.note),
    ]);
  });
  const rule = (x: number, cls: string, extra: SvgNode['attrs']) => svg('line', { class: cls, x1: x, x2: x, y1: top - 6, y2: height - bottom, stroke: INK, ...extra });
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: interaction ? 'group' : 'img', 'aria-label': figure.label }, [
    ...ticks,
    ...bars,
    rule(figure.average.x, 'chart-average', LINE_STYLE.average),
    rule(figure.best.x, 'chart-best', LINE_STYLE.best),
    svgText('text', { x: figure.average.x, y: top - 18, 'text-anchor': 'middle', 'font-size': figure.fontSize.note, fill: INK }, figure.average.label),
    svgText('text', { x: figure.best.x, y: top - 8, 'text-anchor': 'middle', 'font-size': figure.fontSize.note, 'font-weight': 700, fill: INK }, figure.best.label),
  ]);
}

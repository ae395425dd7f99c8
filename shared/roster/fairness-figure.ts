import { translate } from '../i18n';
import type { Language } from '../settings/schema';
import { barMarks, type FairnessBar, type RoleChart } from './fairness-chart';

/** The picture's layout in its own units (an SVG viewBox; Word's table is scaled from it). */
const WIDTH = 740;
const NAME_WIDTH = 150;
const NOTE_WIDTH = 250;
const PLOT = WIDTH - NAME_WIDTH - NOTE_WIDTH;
const ROW = 20;
const TOP = 30;
const BOTTOM = 18;

/** One person's line of the picture: the bar runs from `plotLeft` to `barEnd`. */
export interface FigureRow {
  staffId: string;
  name: string;
  shifts: number;
  y: number;
  barEnd: number;
  /** The load, written out right of the plot. */
  value: string;
  /** "3 đêm · GT  (trước: +1,25 · M1)": night, Giao thừa/Mùng 1 shifts and carried history, in words so no colour is needed. */
  note: string;
}

/**
 * A role's fairness chart laid out and worded: every drawing of it (the Công bằng tab, the printed
 * annex, the after-holiday report, Word) places the same things at the same places, so they are
 * one picture. Black, white and greys with line styles: it reads printed in black and white.
 */
export interface ChartFigure {
  role: RoleChart['role'];
  roleName: string;
  caption: string;
  /** What a screen reader calls the picture. */
  label: string;
  width: number;
  height: number;
  rowHeight: number;
  /** Font sizes in the picture's units: names, and the figures and words beside them. */
  fontSize: { name: number; note: number };
  top: number;
  bottom: number;
  plotLeft: number;
  plotRight: number;
  /** Where the figures right of the plot start. */
  noteLeft: number;
  ticks: { x: number; label: string }[];
  rows: FigureRow[];
  /** The role's average, drawn dashed, and the best achievable largest load, drawn solid and thicker. */
  average: { x: number; label: string };
  best: { x: number; label: string };
}

/** Loads with up to `digits` decimals, the reader's way (7,5 in Vietnamese). */
export function chartNumber(language: Language, digits: number): (n: number) => string {
  const format = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits });
  return (n) => format.format(n);
}

/** The words beside a bar: its shifts' marks and, when earlier plans left some, what was carried over. */
export function barNote(language: Language, bar: FairnessBar): string {
  const signed = chartNumber(language, 2);
  const carried =
    bar.carried &&
    [bar.carried.loadBalance ? `${bar.carried.loadBalance > 0 ? '+' : ''}${signed(bar.carried.loadBalance)}` : '', barMarks({ ...bar.carried, nights: 0 }, language)].filter(Boolean).join(' · ');
  return [barMarks(bar, language), carried ? translate(language, 'roster.chart.carried', { text: carried }) : ''].filter(Boolean).join('  ');
}

export function chartFigure(chart: RoleChart, language: Language): ChartFigure {
  const number = chartNumber(language, 1);
  const x = (value: number) => NAME_WIDTH + (PLOT * value) / chart.max;
  const roleName = translate(language, chart.role === 'leader' ? 'roster.fairness.roleName.leader' : 'roster.fairness.roleName.technician');
  return {
    role: chart.role,
    roleName,
    caption: translate(language, 'roster.chart.caption', { role: roleName, average: number(chart.average), best: number(chart.best) }),
    label: translate(language, 'roster.chart.label', { role: roleName }),
    width: WIDTH,
    height: TOP + chart.bars.length * ROW + BOTTOM,
    rowHeight: ROW,
    fontSize: { name: 11, note: 10 },
    top: TOP,
    bottom: BOTTOM,
    plotLeft: NAME_WIDTH,
    plotRight: NAME_WIDTH + PLOT,
    noteLeft: WIDTH - NOTE_WIDTH,
    ticks: chart.ticks.map((tick) => ({ x: x(tick), label: number(tick) })),
    rows: chart.bars.map((bar, i) => ({ staffId: bar.staffId, name: bar.name, shifts: bar.shifts, y: TOP + i * ROW, barEnd: x(bar.value), value: number(bar.value), note: barNote(language, bar) })),
    average: { x: x(chart.average), label: translate(language, 'roster.chart.average') },
    best: { x: x(chart.best), label: translate(language, 'roster.chart.best') },
  };
}

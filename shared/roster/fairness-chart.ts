import { translate } from '../i18n';
import type { Language } from '../settings/schema';
import type { StaffRole } from '../staff/schema';
import type { FairnessReport } from './fairness';
import type { RosterProblem } from './problem';

/** One person's bar in a role's chart. */
export interface FairnessBar {
  staffId: string;
  name: string;
  /** Availability-relative load: the bar's length (load.ts). */
  value: number;
  shifts: number;
  nights: number;
  giaoThua: number;
  mung1: number;
  /** What earlier plans left: load above (+) or below (−) the role's average, Giao thừa and Mùng 1 held. */
  carried: { loadBalance: number; giaoThua: number; mung1: number } | null;
}

/** A role's part of the fairness chart: its people's bars against the role's average and the best any roster could do. */
export interface RoleChart {
  role: StaffRole;
  average: number;
  best: number;
  /** The scale's end, a round number at or above every bar and line. */
  max: number;
  /** Gridline values from 0 to `max`. */
  ticks: number[];
  /** Most loaded first, then by name. */
  bars: FairnessBar[];
}

/** 1, 2 or 5 times a power of ten: a step that gives about `count` gridlines up to `top`. */
function niceStep(top: number, count: number): number {
  const raw = top / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * What the Công bằng chart draws, per role that has seats: every person of the role group (available
 * for some of the window, load.ts) with their relative load, nights and Giao thừa/Mùng 1 shifts and
 * carried-over history, the role's average and its best achievable largest load (balance.ts). Pure,
 * so the screen and any printed picture draw the same figures.
 */
export function fairnessChart(report: FairnessReport, problem: RosterProblem): RoleChart[] {
  const history = new Map(problem.people.map((p) => [p.id, p.history]));
  return report.roles.map(({ role, best }) => {
    const average = report.roleAverage[role] ?? 0;
    const bars = report.people
      .filter((p) => p.roles.includes(role) && p.availability > 0)
      .map((p): FairnessBar => {
        const h = history.get(p.staffId);
        const carried = h && (h.loadBalance || h.giaoThua || h.mung1) ? { loadBalance: h.loadBalance, giaoThua: h.giaoThua, mung1: h.mung1 } : null;
        return { staffId: p.staffId, name: p.name, value: p.relativeLoad, shifts: p.shifts, nights: p.nights, giaoThua: p.giaoThua, mung1: p.mung1, carried };
      })
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'));
    const top = Math.max(average, best, ...bars.map((b) => b.value));
    const step = top > 0 ? niceStep(top, 5) : 1;
    const max = Math.max(step, Math.ceil(top / step - 1e-9) * step);
    const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
    return { role, average, best, max, ticks, bars };
  });
}

const times = (label: string, count: number) => (count > 1 ? `${label} ×${count}` : label);

/** "3 đêm · GT · M1": the night, Giao thừa and Mùng 1 shifts in words beside a bar, so no colour is needed to read them (the screen's chart and the printed ones). */
export function barMarks({ nights, giaoThua, mung1 }: { nights: number; giaoThua: number; mung1: number }, language: Language): string {
  return [
    nights ? translate(language, 'roster.chart.nights', { count: nights }) : '',
    giaoThua ? times(translate(language, 'roster.chart.giaoThua'), giaoThua) : '',
    mung1 ? times(translate(language, 'roster.chart.mung1'), mung1) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The roster as an exact min-max model in CPLEX LP format, for HiGHS: the reference the heuristic
 * is measured against. x_p_s = 1 when person p holds seat s; M_r bounds the relative load of
 * every person of role r; the objective is Σ_r M_r. Hard rules become linear rows:
 * rest/overlap as cliques of mutually exclusive shifts per person, runs of nights as sliding
 * windows, load caps as sums. People with identical data are interchangeable, so their loads are
 * ordered (symmetry breaking) to stop the branch-and-bound from visiting every permutation.
 */
import type { RosterAssignment, RosterProblem } from '../shared/roster/problem';
import { buildSearchModel } from '../shared/roster/search-model';

export interface RosterModel {
  text: string;
  /** Reads a solver's column values back into assignments. */
  assignments(columns: Record<string, { Primal: number }>): RosterAssignment[];
  /** Names of the M_r columns, in role order. */
  maxColumns: string[];
}

export interface ModelOptions {
  /** Objective: all roles (the MIP) or one role's maximum (its LP lower bound). */
  objectiveRole?: number;
  relax?: boolean;
  /**
   * Over-constrained plans: seats may stay empty and the objective is the number filled, so
   * HiGHS proves the fewest empty seats any roster can have (loads are not asked for).
   */
  mostFilled?: boolean;
}

export function buildRosterModel(problem: RosterProblem, options: ModelOptions = {}): RosterModel {
  const m = buildSearchModel(
    problem,
    problem.assignments.filter((a) => a.locked),
  );
  const x = (p: number, s: number) => `x${p}_${s}`;
  const rows: string[] = [];
  let rowId = 0;
  const row = (terms: string[], sense: string) => {
    if (terms.length === 0) return;
    const lines: string[] = [];
    for (let i = 0; i < terms.length; i += 12)
      lines.push(
        terms
          .slice(i, i + 12)
          .join(' + ')
          .replace(/\+ -/g, '- '),
      );
    rows.push(` r${rowId++}: ${lines.join('\n   + ').replace(/\+ -/g, '- ')} ${sense}`);
  };

  // Seats of each shift each person may take.
  const seatsOfShift: number[][] = Array.from({ length: m.shifts }, () => []);
  m.seatShift.forEach((t, s) => seatsOfShift[t]!.push(s));
  const vars = (p: number, shifts: number[], coef: (t: number, s: number) => number = () => 1) =>
    shifts.flatMap((t) => seatsOfShift[t]!.filter((s) => m.eligible(p, s)).map((s) => `${coef(t, s)} ${x(p, s)}`));

  for (let s = 0; s < m.seats; s++) {
    const terms = Array.from(m.candidates[s]!, (p) => `1 ${x(p, s)}`);
    rows.push(` fill${s}: ${terms.length ? terms.join(' + ') : '0 M0'} ${options.mostFilled ? '<=' : '='} 1`);
  }

  const rules = problem.rules;
  const byStart = Array.from({ length: m.shifts }, (_, t) => t).sort((a, b) => m.shiftStart[a]! - m.shiftStart[b]!);
  const clashes = (a: number, b: number) => m.conflictMatrix[a * m.shifts + b] === 1;
  for (let p = 0; p < m.people; p++) {
    for (const t of byStart) {
      const clique = [t, ...m.conflicts[t]!.filter((u) => u !== t && m.shiftStart[u]! >= m.shiftStart[t]! && (m.shiftStart[u]! > m.shiftStart[t]! || u > t))];
      const exclusive = clique.every((a) => clique.every((b) => a === b || clashes(a, b)));
      if (exclusive) row(vars(p, clique), '<= 1');
      else for (const u of clique.slice(1)) row(vars(p, [t, u]), '<= 1');
      if (!exclusive) row(vars(p, [t]), '<= 1');
    }
    if (rules.maxConsecutiveNights !== null) {
      // Each shift counts once per night of the window it belongs to. Exact while two shifts of one
      // person cannot share a night, i.e. with at least 8 h of rest between shifts.
      const k = rules.maxConsecutiveNights + 1;
      for (let d = 0; d + k <= m.nights; d++) {
        const inWindow = (t: number) => Math.max(0, Math.min(m.shiftNightLast[t]!, d + k - 1) - Math.max(m.shiftNightFirst[t]!, d) + 1);
        const nights = byStart.filter((t) => m.shiftNightFirst[t]! >= 0 && inWindow(t) > 0);
        row(
          vars(p, nights, (t) => inWindow(t)),
          `<= ${rules.maxConsecutiveNights}`,
        );
      }
    }
    if (rules.maxShiftsPerPerson !== null) row(vars(p, byStart), `<= ${rules.maxShiftsPerPerson}`);
    if (rules.maxHoursPerPerson !== null)
      row(
        vars(p, byStart, (t) => m.shiftHours[t]!),
        `<= ${rules.maxHoursPerPerson}`,
      );
  }

  const load = (p: number, sign = 1) => vars(p, byStart, (_, s) => sign * m.seatWeight[s]!);
  m.groups.forEach((group, r) => {
    for (const p of group) row([...load(p), `${-m.availability[p]!} M${r}`], '<= 0');
  });

  // Interchangeable people: same roles, skills, leave and nights (hence same availability), no locks.
  const lockedPeople = new Set(problem.assignments.filter((a) => a.locked).map((a) => a.staffId));
  const classes = new Map<string, number[]>();
  problem.people.forEach((person, p) => {
    if (lockedPeople.has(person.id)) return;
    const key = JSON.stringify([person.roles, [...person.skills].sort(), person.leave.map((l) => [l.start, l.end]), person.noNights]);
    classes.set(key, [...(classes.get(key) ?? []), p]);
  });
  for (const members of classes.values()) {
    for (let i = 0; i + 1 < members.length; i++) row([...load(members[i]!), ...load(members[i + 1]!, -1)], '>= 0');
  }

  const fixed = problem.assignments
    .filter((a) => a.locked)
    .flatMap((a) => {
      const s = problem.seats.findIndex((seat) => seat.id === a.seatId);
      const p = problem.people.findIndex((person) => person.id === a.staffId);
      return s >= 0 && p >= 0 && m.eligible(p, s) ? [` ${x(p, s)} = 1`] : [];
    });
  const binaries = m.candidates.flatMap((ps, s) => Array.from(ps, (p) => x(p, s)));
  const maxColumns = m.groups.map((_, r) => `M${r}`);
  const filled = chunk(binaries)
    .map((line) => line.trim().split(' ').join(' + '))
    .join('\n + ');
  const objective = options.mostFilled ? filled : options.objectiveRole === undefined ? maxColumns.join(' + ') : `M${options.objectiveRole}`;
  const bounds = options.relax ? binaries.map((v) => ` 0 <= ${v} <= 1`) : [];
  const text = [
    options.mostFilled ? 'Maximize' : 'Minimize',
    ` obj: ${objective || '0 M0'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ...maxColumns.map((v) => ` ${v} >= 0`),
    ...bounds,
    ...fixed,
    ...(options.relax ? [] : ['Binary', ...chunk(binaries)]),
    'End',
  ].join('\n');

  return {
    text,
    maxColumns,
    assignments: (columns) =>
      m.candidates.flatMap((ps, s) => Array.from(ps).flatMap((p) => ((columns[x(p, s)]?.Primal ?? 0) > 0.5 ? [{ seatId: problem.seats[s]!.id, staffId: problem.people[p]!.id, locked: false }] : []))),
  };
}

function chunk(names: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 20) lines.push(` ${names.slice(i, i + 20).join(' ')}`);
  return lines;
}

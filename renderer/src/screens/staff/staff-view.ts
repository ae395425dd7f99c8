import { compareVietnameseNames, matchesSearch } from '../../../../shared/staff/normalize';
import type { StaffMember, StaffRole } from '../../../../shared/staff/schema';

export interface StaffFilter {
  query: string;
  role: StaffRole | '';
  skill: string;
  unit: string;
  showInactive: boolean;
}

export const NO_FILTER: StaffFilter = { query: '', role: '', skill: '', unit: '', showInactive: true };

export type SortColumn = 'name' | 'title' | 'unit';
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Names sort the Vietnamese way (given name first); other columns by their text, then by name. */
const COMPARE: Record<SortColumn, (a: StaffMember, b: StaffMember) => number> = {
  name: (a, b) => compareVietnameseNames(a.fullName, b.fullName),
  title: (a, b) => collator.compare(a.title, b.title),
  unit: (a, b) => collator.compare(a.unit, b.unit),
};

/** The rows the table shows: filtered, then sorted. */
export function staffView(members: readonly StaffMember[], filter: StaffFilter, sort: Sort): StaffMember[] {
  const shown = members.filter(
    (m) =>
      (filter.showInactive || m.active) &&
      (!filter.role || m.roles.includes(filter.role)) &&
      (!filter.skill || m.skills.includes(filter.skill)) &&
      (!filter.unit || m.unit === filter.unit) &&
      matchesSearch(m, filter.query),
  );
  const direction = sort.descending ? -1 : 1;
  return shown.sort((a, b) => direction * (COMPARE[sort.column](a, b) || COMPARE.name(a, b)));
}

/** The units people belong to, for the unit filter. */
export function unitsOf(members: readonly StaffMember[]): string[] {
  return [...new Set(members.map((m) => m.unit).filter(Boolean))].sort(collator.compare);
}

import type { Skill, StaffMember } from './schema';
import { STAFF_COLUMNS, type StaffField } from './columns';
import { compareVietnameseNames } from './normalize';
import { formatRoles } from './roles';
import { formatSkills } from './skills';
import { formatActive } from './active';

/**
 * The directory as a table of text cells, header first, in the order a Vietnamese reader expects;
 * the same columns the importer reads, so an exported file can be imported again.
 * `phoneCell` lets each format write phones the way its spreadsheet keeps them intact.
 */
export function staffExportRows(staff: readonly StaffMember[], skills: readonly Skill[], phoneCell: (phone: string) => string = (phone) => phone): string[][] {
  const cellOf: Record<StaffField, (s: StaffMember) => string> = {
    fullName: (s) => s.fullName,
    title: (s) => s.title,
    unit: (s) => s.unit,
    phone: (s) => phoneCell(s.phone),
    email: (s) => s.email,
    roles: (s) => formatRoles(s.roles),
    skills: (s) => formatSkills(s.skills, skills),
    active: (s) => formatActive(s.active),
    notes: (s) => s.notes,
  };
  const sorted = [...staff].sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  return [STAFF_COLUMNS.map((c) => c.header), ...sorted.map((s) => STAFF_COLUMNS.map((c) => cellOf[c.field](s)))];
}

import type { StaffRole } from './schema';
import { foldDiacritics } from './normalize';

export const ROLE_LABELS: Record<StaffRole, string> = {
  leader: 'Lãnh đạo trực',
  technician: 'Cán bộ kỹ thuật',
};

const ROLE_WORDS: Record<string, StaffRole> = {
  'lanh dao truc': 'leader',
  'lanh dao': 'leader',
  leader: 'leader',
  'duty leader': 'leader',
  'can bo ky thuat': 'technician',
  'ky thuat': 'technician',
  'ky thuat vien': 'technician',
  'can bo ky thuat truc': 'technician',
  technician: 'technician',
  tech: 'technician',
};

/** Splits a cell listing several items: "Lãnh đạo trực, kỹ thuật" or "network; servers". */
export function splitList(cell: string, separators: RegExp = /[,;\n]+/): string[] {
  return cell
    .split(separators)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Roles written in Vietnamese or English, separated by , ; / or "và". */
export function parseRoles(cell: string): { roles: StaffRole[]; unknown: string[] } {
  const roles = new Set<StaffRole>();
  const unknown: string[] = [];
  for (const word of splitList(cell, /[,;/\n]+|\s+(?:và|and)\s+/i)) {
    const role = ROLE_WORDS[foldDiacritics(word)];
    if (role) roles.add(role);
    else unknown.push(word);
  }
  return { roles: [...roles], unknown };
}

export function formatRoles(roles: readonly StaffRole[]): string {
  return roles.map((r) => ROLE_LABELS[r]).join(', ');
}

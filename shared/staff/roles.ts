import type { StaffRole } from './schema';
import { foldDiacritics } from './normalize';

export const ROLE_LABELS: Record<StaffRole, string> = {
  leader: 'Lãnh đạo trực',
  technician: 'Cán bộ kỹ thuật',
};

/**
 * What offices write in the role column, diacritics folded: the duty role itself, or the position
 * that decides it (heads and deputies lead the shift; specialists and engineers are its technicians).
 * Anything else is asked about in the preview, never guessed.
 */
const ROLE_WORDS: Record<string, StaffRole> = Object.fromEntries([
  ...['lanh dao truc', 'lanh dao', 'truc lanh dao', 'lanh dao phong', 'chi huy truc']
    .concat(['truong phong', 'pho truong phong', 'giam doc', 'pho giam doc', 'truong ban', 'pho truong ban', 'truong don vi', 'pho truong don vi', 'chanh van phong', 'pho chanh van phong'])
    .concat(['leader', 'duty leader', 'manager', 'director', 'deputy director', 'head'])
    .map((word) => [word, 'leader' as const]),
  ...['can bo ky thuat', 'ky thuat', 'ky thuat vien', 'can bo ky thuat truc', 'truc ky thuat', 'nhan vien ky thuat', 'chuyen vien', 'ky su', 'quan tri vien']
    .concat(['technician', 'tech', 'engineer', 'specialist'])
    .map((word) => [word, 'technician' as const]),
]);

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

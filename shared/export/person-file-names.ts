import { safeFileStem } from '../plan/file-name';
import type { StaffMember } from '../staff/schema';

/**
 * One file name per person, without diacritics (Windows-safe). People whose names give the same
 * stem (Windows ignores case) are numbered in the order of their ids, so no file overwrites another.
 */
export function personFileNames(people: readonly Pick<StaffMember, 'id' | 'fullName'>[], extension: string): Map<string, string> {
  const byStem = new Map<string, Pick<StaffMember, 'id' | 'fullName'>[]>();
  for (const person of [...people].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = safeFileStem(person.fullName).toLowerCase();
    byStem.set(key, [...(byStem.get(key) ?? []), person]);
  }
  const names = new Map<string, string>();
  for (const group of byStem.values()) {
    group.forEach((person, i) => {
      const stem = safeFileStem(person.fullName);
      names.set(person.id, `${group.length > 1 ? `${stem}-${i + 1}` : stem}.${extension}`);
    });
  }
  return names;
}

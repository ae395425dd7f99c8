import type { StaffMember } from './schema';

/**
 * Lower-case, strip tone and vowel marks, đ → d, collapse spaces: what a user types when the
 * keyboard is not in Vietnamese mode ("nguyen van a" must find "Nguyễn Văn A").
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query must appear somewhere in the person's name, unit, phone, email or title. */
export function matchesSearch(staff: Pick<StaffMember, 'fullName' | 'unit' | 'phone' | 'email' | 'title'>, query: string): boolean {
  const words = foldDiacritics(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const phoneDigits = staff.phone.replace(/\D/g, '');
  const haystack = foldDiacritics([staff.fullName, staff.unit, staff.phone, phoneDigits, staff.email, staff.title].join(' '));
  return words.every((w) => haystack.includes(w));
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

function splitName(fullName: string): { given: string; rest: string } {
  const words = fullName.trim().split(/\s+/);
  const given = words.pop() ?? '';
  return { given, rest: words.join(' ') };
}

/**
 * Vietnamese lists are ordered by given name (the last word), then by family and middle names:
 * "Trần Văn An" comes before "Nguyễn Thị Bình".
 */
export function compareVietnameseNames(a: string, b: string): number {
  const na = splitName(a);
  const nb = splitName(b);
  return collator.compare(na.given, nb.given) || collator.compare(na.rest, nb.rest) || collator.compare(a, b);
}

/**
 * Typing a name into a seat: every typed word starts a word of the name, in any order, without
 * diacritics ("an ng" and "nguyen an" both find "Nguyễn Văn An", "an" does not find "Lan").
 */
export function matchesNamePrefix(fullName: string, query: string): boolean {
  const words = foldDiacritics(query).split(' ').filter(Boolean);
  const name = foldDiacritics(fullName).split(' ');
  return words.every((w) => name.some((n) => n.startsWith(w)));
}

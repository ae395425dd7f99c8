import { foldDiacritics, matchesNamePrefix } from './normalize';

/**
 * The one person a pasted or typed name means: the exact name (with its marks, then without), else
 * the only name the words start. Undefined when nobody or more than one person fits: guessing
 * between two people would put the wrong one on duty.
 */
export function findByName<T extends { name: string }>(people: readonly T[], text: string): T | undefined {
  const wanted = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!wanted) return undefined;
  const only = (found: T[]) => (found.length === 1 ? found[0] : undefined);
  const exact = people.filter((p) => p.name.normalize('NFC') === wanted);
  if (exact.length) return only(exact);
  const folded = people.filter((p) => foldDiacritics(p.name) === foldDiacritics(wanted));
  if (folded.length) return only(folded);
  return only(people.filter((p) => matchesNamePrefix(p.name, wanted)));
}

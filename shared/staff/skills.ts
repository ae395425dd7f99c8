import type { Skill } from './schema';
import { foldDiacritics } from './normalize';
import { splitList } from './roles';

/** A skill answers to its id, its label, or a part of a label like "An toàn thông tin / SOC". */
function namesOf(skill: Skill): string[] {
  return [skill.id, skill.label, ...skill.label.split('/')].map(foldDiacritics).filter(Boolean);
}

/** Skill names of a cell matched against the Settings list; names not in it are returned as unknown. */
export function parseSkills(cell: string, skills: readonly Skill[]): { skills: string[]; unknown: string[] } {
  const found = new Set<string>();
  const unknown: string[] = [];
  for (const word of splitList(cell)) {
    const folded = foldDiacritics(word);
    const skill = skills.find((s) => namesOf(s).includes(folded));
    if (skill) found.add(skill.id);
    else unknown.push(word);
  }
  return { skills: [...found], unknown };
}

/** Labels for people, ids where a label holds a list separator and would not read back as one skill. */
export function formatSkills(ids: readonly string[], skills: readonly Skill[]): string {
  return ids
    .map((id) => {
      const label = skills.find((s) => s.id === id)?.label;
      return label && !/[,;\n]/.test(label) ? label : id;
    })
    .join(', ');
}

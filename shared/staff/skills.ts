import { DEFAULT_SKILLS, type Skill } from './schema';
import { foldDiacritics } from './normalize';
import { splitList } from './roles';

/** The other names of a skill: its own once edited in Settings, the seeded ones of its id before that. */
export function skillSynonyms(skill: Skill): string[] {
  return skill.synonyms ?? DEFAULT_SKILLS.find((s) => s.id === skill.id)?.synonyms ?? [];
}

/** A skill answers to its id, its label, a part of a label like "An toàn thông tin / SOC", and its synonyms. */
function namesOf(skill: Skill): string[] {
  return [skill.id, skill.label, ...skill.label.split('/'), ...skillSynonyms(skill)].map(foldDiacritics).filter(Boolean);
}

/** A new skill's id from its name: "Cơ sở dữ liệu" → "co-so-du-lieu", made unique in the list. */
export function newSkillId(label: string, skills: readonly Skill[]): string {
  const base =
    foldDiacritics(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 32) || 'ky-nang';
  let id = base;
  for (let n = 2; skills.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** Names two skills of the list share, which would make an imported cell ambiguous. */
export function clashingSkillNames(skills: readonly Skill[]): { name: string; skills: [string, string] }[] {
  const owner = new Map<string, Skill>();
  const clashes: { name: string; skills: [string, string] }[] = [];
  for (const skill of skills) {
    for (const name of new Set([skill.label, ...skill.label.split('/'), ...skillSynonyms(skill)].map((n) => n.trim()).filter(Boolean))) {
      const key = foldDiacritics(name);
      const other = owner.get(key);
      if (other && other !== skill) clashes.push({ name, skills: [other.label, skill.label] });
      else owner.set(key, skill);
    }
  }
  return clashes;
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

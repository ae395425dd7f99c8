import { msg, type Message } from '../i18n/message';
import { z } from 'zod';
import { SkillChoice, type ImportChoices } from './import-choices';
import { foldDiacritics } from './normalize';
import type { Skill } from './schema';
import { newSkillId, skillSynonyms } from './skills';

/** A skill name of the file the Settings list does not know, with what the user chose for it. */
export const UnknownSkill = z.object({
  /** As first written in the file. */
  name: z.string(),
  /** 1-based rows naming it. */
  rows: z.array(z.number().int()),
  choice: SkillChoice,
  /** The id it gets as a new skill (choice 'add'). */
  newId: z.string().optional(),
});
export type UnknownSkill = z.infer<typeof UnknownSkill>;

const LABEL_MAX = 80;
const SYNONYMS_MAX = 40;

/**
 * The unknown skill names of one file, met row by row. A name nobody decided on becomes a new skill:
 * nothing the office wrote is dropped unless the user says so.
 */
export class UnknownSkills {
  readonly #byKey = new Map<string, UnknownSkill>();

  constructor(
    private readonly skills: readonly Skill[],
    private readonly choices: ImportChoices['skills'],
  ) {}

  /** The skill id a row gets for the name (null when ignored), and what the row says about it. */
  resolve(name: string, rowNumber: number): { id: string | null; note: Message | null } {
    const key = foldDiacritics(name);
    let entry = this.#byKey.get(key);
    if (!entry) {
      const chosen = this.choices.find((c) => foldDiacritics(c.name) === key)?.choice;
      const choice = chosen?.kind === 'map' && !this.skills.some((s) => s.id === chosen.skillId) ? undefined : chosen;
      entry = { name, rows: [], choice: choice ?? { kind: 'add' } };
      if (entry.choice.kind === 'add') entry.newId = newSkillId(name, [...this.skills, ...this.#added()]);
      this.#byKey.set(key, entry);
    }
    if (!entry.rows.includes(rowNumber)) entry.rows.push(rowNumber);
    switch (entry.choice.kind) {
      case 'add':
        return { id: entry.newId!, note: msg('staffImport.skill.new', { name }) };
      case 'map':
        return { id: entry.choice.skillId, note: null };
      case 'ignore':
        return { id: null, note: msg('staffImport.skill.ignored', { name }) };
    }
  }

  list(): UnknownSkill[] {
    return [...this.#byKey.values()];
  }

  #added(): Skill[] {
    return this.list().flatMap((u) => (u.newId ? [{ id: u.newId, label: u.name }] : []));
  }
}

/**
 * The Settings list once the import is confirmed: names chosen as new skills added, names mapped kept
 * as other names of their skill, so the next file with them is read without asking.
 */
export function skillsAfterImport(skills: readonly Skill[], unknown: readonly UnknownSkill[]): Skill[] {
  const next = skills.map((skill) => {
    const names = unknown.filter((u) => u.choice.kind === 'map' && u.choice.skillId === skill.id).map((u) => u.name.slice(0, LABEL_MAX).trim());
    return names.length ? { ...skill, synonyms: [...skillSynonyms(skill), ...names].slice(0, SYNONYMS_MAX) } : skill;
  });
  const added = unknown.flatMap((u) => (u.choice.kind === 'add' && u.newId ? [{ id: u.newId, label: u.name.slice(0, LABEL_MAX).trim(), synonyms: [] }] : []));
  return [...next, ...added];
}

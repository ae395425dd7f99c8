import { useState } from 'react';
import type { Skill } from '../../../../shared/staff/schema';
import { clashingSkillNames, newSkillId, skillSynonyms } from '../../../../shared/staff/skills';
import { useI18n } from '../../i18n/I18nContext';

const splitNames = (text: string) =>
  text
    .split(/[,;]/)
    .map((n) => n.trim())
    .filter(Boolean);

/**
 * The unit's skill list: what seats require and people have, by the names offices write in their
 * files. The id is fixed once made (plans and people refer to it); the name and synonyms are free.
 */
export function SkillsSection({ skills, onChange }: { skills: Skill[]; onChange: (skills: Skill[]) => void }) {
  const { t } = useI18n();
  // Skills added on this screen take their id from their name once typed; saved ones keep theirs.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const rename = (index: number, label: string) => {
    const skill = skills[index]!;
    if (!fresh.has(skill.id)) return;
    const id = newSkillId(
      label,
      skills.filter((s) => s !== skill),
    );
    setFresh(new Set([...fresh].map((f) => (f === skill.id ? id : f))));
    set(index, { id });
  };
  const add = () => {
    const id = newSkillId('ky nang', skills);
    setFresh(new Set([...fresh, id]));
    onChange([...skills, { id, label: '', synonyms: [] }]);
  };
  const set = (index: number, patch: Partial<Skill>) => onChange(skills.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const clashes = clashingSkillNames(skills);
  return (
    <fieldset className="card">
      <legend>{t('settings.skills')}</legend>
      <p className="hint">{t('settings.skills.hint')}</p>
      <table className="table skills-table">
        <thead>
          <tr>
            <th>{t('settings.skills.label')}</th>
            <th>{t('settings.skills.synonyms')}</th>
            <th>{t('settings.skills.id')}</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill, index) => (
            // By position: a new skill's id changes as its name is typed, and the row must keep its inputs.
            <tr key={index} data-skill={skill.id}>
              <td>
                <input aria-label={t('settings.skills.label')} value={skill.label} onChange={(e) => set(index, { label: e.target.value })} onBlur={(e) => rename(index, e.target.value)} />
              </td>
              <td>
                <input aria-label={t('settings.skills.synonyms')} defaultValue={skillSynonyms(skill).join(', ')} onBlur={(e) => set(index, { synonyms: splitNames(e.target.value) })} />
              </td>
              <td className="hint">
                <code>{skill.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {clashes.length > 0 && (
        <ul className="error" role="alert">
          {clashes.map((c) => (
            <li key={`${c.name}/${c.skills.join('/')}`}>{t('settings.skills.clash', { name: c.name, first: c.skills[0], second: c.skills[1] })}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={add}>
        {t('settings.skills.add')}
      </button>
    </fieldset>
  );
}

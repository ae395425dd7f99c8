import type { StaffImportPreview } from '../../../../shared/api/staff';
import type { SkillChoice } from '../../../../shared/staff/import-choices';
import type { Skill } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';

type Unknown = StaffImportPreview['unknownSkills'][number];

const valueOf = (choice: SkillChoice) => (choice.kind === 'map' ? `map:${choice.skillId}` : choice.kind);
const choiceOf = (value: string): SkillChoice => (value.startsWith('map:') ? { kind: 'map', skillId: value.slice(4) } : { kind: value as 'add' | 'ignore' });

/** Skill names the file uses and the Settings list lacks: each added as a new skill, taken as another name of one, or ignored. */
export function UnknownSkillsPanel({ unknown, skills, busy, onChoose }: { unknown: Unknown[]; skills: readonly Skill[]; busy: boolean; onChoose: (name: string, choice: SkillChoice) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="choices unknown-skills" data-testid="unknown-skills">
      <legend>{t('staff.import.skills.title', { count: unknown.length })}</legend>
      <ul>
        {unknown.map((u) => (
          <li key={u.name} data-skill-name={u.name}>
            <label className="inline">
              <strong>{u.name}</strong> <span className="hint">{t('staff.import.skills.rows', { rows: u.rows.join(', ') })}</span>{' '}
              <select aria-label={t('staff.import.skills.choiceOf', { name: u.name })} value={valueOf(u.choice)} disabled={busy} onChange={(e) => onChoose(u.name, choiceOf(e.target.value))}>
                <option value="add">{t('staff.import.skills.add')}</option>
                {skills.map((s) => (
                  <option key={s.id} value={`map:${s.id}`}>
                    {t('staff.import.skills.map', { skill: s.label })}
                  </option>
                ))}
                <option value="ignore">{t('staff.import.skills.ignore')}</option>
              </select>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

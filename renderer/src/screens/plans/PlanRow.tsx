import { useState } from 'react';
import type { PlanSummary } from '../../../../shared/plan/schema';
import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import { hrefFor } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';

export interface PlanActions {
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  exportFile(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export function PlanRow({ plan, actions }: { plan: PlanSummary; actions: PlanActions }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(plan.name);

  async function commitRename() {
    setEditing(false);
    if (name.trim() && name.trim() !== plan.name) await actions.rename(plan.id, name.trim());
    else setName(plan.name);
  }

  return (
    <tr data-plan-id={plan.id}>
      <td>
        {editing ? (
          <input
            aria-label={t('plans.rename.prompt')}
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void commitRename()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void commitRename();
              if (e.key === 'Escape') {
                setName(plan.name);
                setEditing(false);
              }
            }}
          />
        ) : (
          <a className="plan-name" href={hrefFor('plans', plan.id)}>
            {plan.name}
          </a>
        )}
      </td>
      <td className="period">
        {formatDateTimeLong(plan.window.start, language)}
        <br />
        {formatDateTimeLong(plan.window.end, language)}
      </td>
      <td>
        <span className={`badge badge-${plan.status}`}>{plan.status === 'published' ? t('plans.status.published', { version: plan.latestVersion ?? 1 }) : t('plans.status.draft')}</span>
      </td>
      <td className="row-actions">
        <button onClick={() => setEditing(true)}>{t('plans.action.rename')}</button>
        <button onClick={() => void actions.duplicate(plan.id)}>{t('plans.action.duplicate')}</button>
        <button onClick={() => void actions.exportFile(plan.id)}>{t('plans.action.export')}</button>
        <button className="danger" onClick={() => void actions.remove(plan.id)}>
          {t('plans.action.delete')}
        </button>
      </td>
    </tr>
  );
}

import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/i18n/dates';
import type { Skill } from '../../../../shared/staff/schema';
import { useApi } from '../../api/ApiContext';
import { hrefFor } from '../../app/route';
import type { PlanOpened } from '../../app/useLastPlan';
import { useNotify } from '../../components/Notices';
import { useAsync } from '../../components/useAsync';
import { usePlans } from '../../data/usePlans';
import { useI18n } from '../../i18n/I18nContext';
import { RosterEditor } from './RosterEditor';
import './roster.css';

/** The "Lịch trực" area: a plan's roster editor, or the plans to choose from. `skills` is Settings' list, which names seats' skills. */
export function RosterScreen({ planId, shiftId, onOpened, skills }: { planId: string | undefined; shiftId: string | undefined; onOpened: PlanOpened; skills: readonly Skill[] }) {
  return planId ? <RosterLoader key={planId} planId={planId} shiftId={shiftId} onOpened={onOpened} skills={skills} /> : <RosterPlanList />;
}

/** Loads the plan; a reload (after a conflict) starts a fresh editor on the stored plan. */
function RosterLoader({ planId, shiftId, onOpened, skills }: { planId: string; shiftId: string | undefined; onOpened: PlanOpened; skills: readonly Skill[] }) {
  const api = useApi();
  const notify = useNotify();
  const { t } = useI18n();
  const [loads, setLoads] = useState(0);
  const { data: plan, error } = useAsync(() => api.call('plans:get', { id: planId }), [api, planId, loads]);
  const opened = !!plan;
  useEffect(() => {
    if (opened) onOpened.remember(planId);
    else if (error) onOpened.forget(planId);
  }, [opened, error, planId, onOpened]);
  if (error) {
    return (
      <section className="screen">
        <a href={hrefFor('roster')}>{t('roster.back')}</a>
        <p className="error" role="alert">
          {error}
        </p>
      </section>
    );
  }
  if (!plan) return <p className="hint">{t('common.loading')}</p>;
  return (
    <RosterEditor
      key={plan.updatedAt}
      plan={plan}
      skills={skills}
      shiftId={shiftId}
      onReload={(message) => {
        notify({ kind: 'error', text: t('roster.conflict', { message }) });
        setLoads((n) => n + 1);
      }}
    />
  );
}

function RosterPlanList() {
  const { t } = useI18n();
  const { data: plans, error } = usePlans();
  return (
    <section className="screen">
      <h1>{t('roster.title')}</h1>
      <p className="hint">{t('roster.choosePlan')}</p>
      {error && <p className="error">{error}</p>}
      {plans?.length === 0 && <div className="empty-state">{t('roster.noPlans')}</div>}
      {plans && plans.length > 0 && (
        <ul className="roster-plan-list">
          {plans.map((p) => (
            <li key={p.id} className="card">
              <a className="plan-name" href={hrefFor('roster', p.id)}>
                {p.name}
              </a>
              <span className="period">
                {' '}
                {formatDateTime(p.window.start)} → {formatDateTime(p.window.end)}
              </span>
              <span className={`badge badge-${p.status}`}>{p.latestVersion ? t('roster.status.published', { version: p.latestVersion }) : t('roster.status.draft')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

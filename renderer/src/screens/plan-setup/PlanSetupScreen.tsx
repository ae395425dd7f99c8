import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { PlanChanges } from '../../../../shared/api/plans';
import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import { planToProblem } from '../../../../shared/plan/expand';
import type { Plan } from '../../../../shared/plan/schema';
import { refreshStaffSnapshot } from '../../../../shared/plan/snapshot';
import type { Skill, StaffMember } from '../../../../shared/staff/schema';
import { hrefFor } from '../../app/route';
import { useNotify } from '../../components/Notices';
import { useEditedPlan } from '../../data/useEditedPlan';
import type { PlanConflict } from '../../data/usePlanWriter';
import { useStaff } from '../../data/useStaff';
import { useI18n } from '../../i18n/I18nContext';
import { HistorySection } from './HistorySection';
import { LeaveGrid } from './LeaveGrid';
import { LeaveTimeline } from './LeaveTimeline';
import { ParticipantsSection } from './ParticipantsSection';
import { PatternSection } from './PatternSection';
import { SeatsSection } from './SeatsSection';
import { setupProblems } from './setup-checks';
import { usePlanAutosave } from './usePlanAutosave';
import { SaveIndicator, useBeforeUnloadWhile } from '../../components/SaveIndicator';
import { PreCheckResult } from './PreCheckResult';
import { usePreCheck } from './usePreCheck';
import { WeightsRulesSection } from './WeightsRulesSection';

/** Shifts, seats, weights, rules, people and leave of one plan, checked as they are edited. */
export function PlanSetupScreen({ planId, skills }: { planId: string; skills: readonly Skill[] }) {
  const { plan, error: planError, onConflict } = useEditedPlan(planId);
  // The directory as it is now, followed: a person edited meanwhile is checked as they now are.
  const directory = useStaff();
  const error = planError ?? directory.error;
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (!plan || !directory.data) return null;
  return <SetupEditor key={plan.updatedAt} initial={plan} directory={directory.data} skills={skills} onConflict={onConflict} />;
}

function SetupEditor({ initial, directory, skills, onConflict }: { initial: Plan; directory: StaffMember[]; skills: readonly Skill[]; onConflict: (conflict: PlanConflict) => void }) {
  const { t, say, language } = useI18n();
  const notify = useNotify();
  const [plan, setPlan] = useState(initial);
  const { status, save } = usePlanAutosave(initial, onConflict);
  // An edit paints first and is checked in a render of its own: a mark typed in the leave grid must
  // not wait for the checks, the pre-check's problem and the timeline of the whole plan.
  const settled = useDeferredValue(plan);
  // The checks see the people as the directory has them now, like the generator will.
  const checked = useMemo(() => refreshStaffSnapshot(settled, directory), [settled, directory]);
  const problems = useMemo(() => setupProblems(checked, skills), [checked, skills]);
  const problem = useMemo(() => planToProblem(checked, skills), [checked, skills]);
  const preCheck = usePreCheck(problem, settled.seed);
  const unfilled = preCheck.state === 'done' ? preCheck.result.unfilled : [];
  const change = useCallback(
    (changes: PlanChanges) => {
      setPlan((current) => ({ ...current, ...changes }));
      save(changes);
    },
    [save],
  );
  // Kept across renders so that the sections an edit did not touch (memo) are not rendered again.
  const on = useMemo(
    () => ({
      pattern: (pattern: Plan['pattern']) => change({ pattern }),
      window: (window: Plan['window']) => {
        change({ window });
        notify({ kind: 'info', text: t('setup.window.snapped', { start: formatDateTimeLong(window.start, language), end: formatDateTimeLong(window.end, language) }) });
      },
      seats: (seats: Plan['seats']) => change({ seats }),
      weights: (weights: Plan['weights']) => change({ weights }),
      rules: (rules: Plan['rules']) => change({ rules }),
      participants: (participants: Plan['participants']) => change({ participants }),
      resetHistory: () => change({ history: [], historySources: [] }),
    }),
    [change, notify, t, language],
  );
  useBeforeUnloadWhile(status.state !== 'saved');

  return (
    <section className="screen plan-setup">
      <a href={hrefFor('plans', plan.id)}>{t('setup.back', { name: plan.name })}</a>
      <header className="screen-header sticky">
        <div>
          <h1>{t('setup.title')}</h1>
          <p className="hint">{plan.name}</p>
        </div>
        <SaveIndicator status={status} />
      </header>
      {plan.status === 'published' && <p className="banner banner-warning">{t('setup.published')}</p>}
      <section className={`card checks ${problems.length + unfilled.length ? 'checks-bad' : 'checks-ok'}`} aria-labelledby="setup-checks" aria-live="polite">
        <h2 id="setup-checks">
          {t('setup.checks.title')}
          {problems.length + unfilled.length > 0 && <span className="badge badge-problems">{t('setup.checks.count', { count: problems.length + unfilled.length })}</span>}
        </h2>
        {problems.length > 0 && (
          <ul className="problems">
            {problems.map((p, i) => (
              <li key={i} className="problem problem-error" data-area={p.area}>
                {say(p.message)}
              </li>
            ))}
          </ul>
        )}
        <PreCheckResult check={preCheck} clean={problems.length === 0} />
      </section>
      <PatternSection pattern={plan.pattern} window={plan.window} onPattern={on.pattern} onWindow={on.window} />
      <SeatsSection seats={plan.seats} skills={skills} onChange={on.seats} />
      <WeightsRulesSection weights={plan.weights} rules={plan.rules} onWeights={on.weights} onRules={on.rules} />
      <ParticipantsSection participants={plan.participants} directory={directory} window={plan.window} onChange={on.participants} />
      <section className="card" aria-labelledby="setup-leave-grid">
        <h2 id="setup-leave-grid">{t('setup.grid.title')}</h2>
        <p className="hint">{t('setup.grid.hint')}</p>
        <LeaveGrid participants={plan.participants} directory={directory} window={plan.window} onChange={on.participants} />
      </section>
      <LeaveTimeline plan={checked} />
      <HistorySection history={plan.history} sources={plan.historySources} staff={checked.staff} onReset={on.resetHistory} />
    </section>
  );
}

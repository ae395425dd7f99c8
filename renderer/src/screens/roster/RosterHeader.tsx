import type { Plan } from '../../../../shared/plan/schema';
import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import { hrefFor } from '../../app/route';
import { LimitWarning } from '../../components/LimitWarning';
import { useI18n } from '../../i18n/I18nContext';
import { ReadinessAlert } from '../readiness/ReadinessAlert';
import { StatusBadge } from './StatusBadge';

/** The plan edited: its name and duty window, its status, and what stands in the way (limits, preparation work, nobody taking part). */
export function RosterHeader({ plan, status, version, changed, nobody }: { plan: Plan; status: Plan['status']; version: number | null; changed: boolean; nobody: boolean }) {
  const { t, language } = useI18n();
  return (
    <>
      <header className="roster-header">
        <div>
          <a href={hrefFor('roster')}>{t('roster.back')}</a>
          <h1>{plan.name}</h1>
          <p className="hint">{t('plans.detail.period', { start: formatDateTimeLong(plan.window.start, language), end: formatDateTimeLong(plan.window.end, language) })}</p>
        </div>
        <StatusBadge status={status} version={version} changed={changed} />
      </header>
      <LimitWarning plan={plan} />
      <ReadinessAlert planId={plan.id} />
      {nobody && (
        <p className="banner banner-warning" role="status">
          {t('roster.nobody')} <a href={hrefFor('plans', plan.id, 'setup')}>{t('roster.nobody.choose')}</a>
        </p>
      )}
    </>
  );
}

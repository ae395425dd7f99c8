import { useMemo } from 'react';
import { planLimitProblem } from '../../../shared/plan/input-limits';
import type { Plan } from '../../../shared/plan/schema';
import { useI18n } from '../i18n/I18nContext';

/** A stored plan beyond today's input limits opens as it is, saying so (it is never moved aside). */
export function LimitWarning({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const problem = useMemo(() => planLimitProblem(plan), [plan]);
  if (!problem) return null;
  return (
    <p className="banner banner-warning" role="status">
      {t('plans.beyondLimits', { message: problem.message, where: problem.where })}
    </p>
  );
}

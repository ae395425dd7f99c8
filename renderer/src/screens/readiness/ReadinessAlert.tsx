import { hrefFor } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { useReadiness } from '../../data/useReadiness';
import { doneCount } from './done';

/**
 * On the plan and in the roster screen: how many readiness tasks are overdue (or no longer due
 * before a moved window), with the way to the checklist. On the plan the way is always there, with
 * how far the checklist has got; the roster screen shows it only when something is late.
 */
export function ReadinessAlert({ planId, always = false }: { planId: string; always?: boolean }) {
  const { t } = useI18n();
  const { data: view } = useReadiness(planId);
  if (!view) return null;
  const problems = view.overdue.length > 0 || view.late.length > 0;
  if (!problems && !always) return null;
  const link = always ? t('readiness.link', { done: doneCount(view), total: view.tasks.length }) : t('readiness.open');
  return (
    <div className={problems ? 'banner banner-warning readiness-alert' : 'readiness-alert'} role={problems ? 'status' : undefined}>
      {view.overdue.length > 0 && <strong>{t('readiness.overdue.banner', { count: view.overdue.length })}</strong>}
      {view.late.length > 0 && <span> {t('readiness.late.banner', { count: view.late.length })}</span>}
      <a className={problems ? undefined : 'button-link'} href={hrefFor('plans', planId, 'readiness')}>
        {link}
      </a>
    </div>
  );
}

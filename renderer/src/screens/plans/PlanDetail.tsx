import { formatDateTimeLong } from '../../../../shared/i18n/dates';
import { useApi } from '../../api/ApiContext';
import { hrefFor } from '../../app/route';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18nContext';

export function PlanDetail({ id }: { id: string }) {
  const api = useApi();
  const { t, language } = useI18n();
  const { data: plan, error } = useAsync(() => api.call('plans:get', { id }), [api, id]);
  return (
    <section className="screen">
      <a href={hrefFor('plans')}>{t('plans.detail.back')}</a>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <>
          <h1>{plan.name}</h1>
          {plan.subject && <p className="subject">{plan.subject}</p>}
          <p>{t('plans.detail.period', { start: formatDateTimeLong(plan.window.start, language), end: formatDateTimeLong(plan.window.end, language) })}</p>
          <p>{t('plans.detail.staffCount', { count: plan.participants.length })}</p>
          <p>
            <a className="button-link" href={hrefFor('plans', plan.id, 'setup')}>
              {t('setup.link')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

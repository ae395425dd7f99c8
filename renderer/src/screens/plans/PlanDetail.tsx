import { useState } from 'react';
import { holidayName } from '../../../../shared/calendar/holidays';
import { formatDate, formatDateTimeLong } from '../../../../shared/i18n/dates';
import { hrefFor } from '../../app/route';
import { LimitWarning } from '../../components/LimitWarning';
import { usePlan } from '../../data/usePlan';
import { useI18n } from '../../i18n/I18nContext';
import { ReadinessAlert } from '../readiness/ReadinessAlert';
import { HolidayStatus } from './HolidayStatus';
import { PeriodTable } from './PeriodTable';
import { WindowEditor } from './WindowEditor';

export function PlanDetail({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { data: plan, error, setData } = usePlan(id);
  const [editing, setEditing] = useState(false);
  return (
    <section className="screen plan-detail">
      <a href={hrefFor('plans')}>{t('plans.detail.back')}</a>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {plan && (
        <>
          <h1>{plan.name}</h1>
          <LimitWarning plan={plan} />
          {plan.subject && plan.subject !== plan.name && <p className="subject">{plan.subject}</p>}
          {plan.holiday && (
            <p className="plan-holiday">
              <strong>{t('calendar.holiday.label', { name: holidayName(plan.holiday, language), year: plan.holiday.year })}</strong>
              <span className="hint">{t('calendar.holiday.daysOff', { first: formatDate(plan.holiday.daysOff.first), last: formatDate(plan.holiday.daysOff.last) })}</span>
              <HolidayStatus official={plan.holiday.official} />
            </p>
          )}
          <p className="plan-window">
            <span>{t('plans.detail.period', { start: formatDateTimeLong(plan.window.start, language), end: formatDateTimeLong(plan.window.end, language) })}</span>
            {!editing && <button onClick={() => setEditing(true)}>{t('calendar.window.edit')}</button>}
          </p>
          {editing && (
            <WindowEditor
              plan={plan}
              onSaved={(saved) => {
                setData(saved);
                setEditing(false);
              }}
              onCancel={() => setEditing(false)}
            />
          )}
          <p>{t('plans.detail.staffCount', { count: plan.participants.length })}</p>
          <p>
            <a className="button-link" href={hrefFor('plans', plan.id, 'setup')}>
              {t('setup.link')}
            </a>
          </p>
          <ReadinessAlert key={plan.window.start} planId={plan.id} always />
          <h2>{t('calendar.period.title')}</h2>
          <PeriodTable window={plan.window} specialDays={plan.specialDays} />
        </>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import type { CreatePlanInput } from '../../../../shared/api/plans';
import { specialDaysOfWindow } from '../../../../shared/calendar/holiday-plan';
import { FormFooter } from '../../components/FormFooter';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/I18nContext';
import { WindowFields } from './WindowFields';

/** A new plan from a name and two date-times, for duty that is not one of the holiday presets. */
export function PlanForm({ onCreate, onCancel }: { onCreate: (input: CreatePlanInput) => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [dutyWindow, setDutyWindow] = useState({ start: '', end: '' });
  const { busy, error, setError, run } = useSubmit();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dutyWindow.end <= dutyWindow.start) return setError(t('plans.form.errorEnd'));
    // Any window may cross Tết or Giỗ Tổ: the period view marks them for free plans too.
    void run(() => onCreate({ name, window: dutyWindow, specialDays: specialDaysOfWindow(dutyWindow) }));
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={t('plans.form.title')}>
      <h2>{t('plans.form.title')}</h2>
      <label>
        {t('plans.form.name')}
        <input autoFocus required value={name} placeholder={t('plans.form.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      <WindowFields value={dutyWindow} onChange={setDutyWindow} />
      <FormFooter error={error} busy={busy} submitLabel={t('plans.form.create')} onCancel={onCancel} />
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { specialDaysOfWindow } from '../../../../shared/calendar/holiday-plan';
import type { Plan } from '../../../../shared/plan/schema';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { FormFooter } from '../../components/FormFooter';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/I18nContext';
import { WindowFields } from './WindowFields';

/** Edits a plan's duty window; the special days follow the new dates. */
export function WindowEditor({ plan, onSaved, onCancel }: { plan: Plan; onSaved: (plan: Plan) => void; onCancel: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [dutyWindow, setDutyWindow] = useState(plan.window);
  const { busy, error, setError, run } = useSubmit();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dutyWindow.end <= dutyWindow.start) return setError(t('plans.form.errorEnd'));
    void run(async () => {
      const changes = { window: dutyWindow, specialDays: specialDaysOfWindow(dutyWindow) };
      // baseUpdatedAt: a change made meanwhile (CLI, another window) is reported, not overwritten.
      onSaved(await api.call('plans:update', { id: plan.id, changes, baseUpdatedAt: plan.updatedAt }));
      notify({ kind: 'info', text: t('calendar.window.saved') });
    });
  }

  return (
    <form className="card form window-editor" onSubmit={submit} aria-label={t('calendar.window.edit')}>
      <WindowFields value={dutyWindow} onChange={setDutyWindow} />
      <FormFooter error={error} busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
    </form>
  );
}

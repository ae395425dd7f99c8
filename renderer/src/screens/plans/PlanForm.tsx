import { useState, type FormEvent } from 'react';
import type { CreatePlanInput } from '../../../../shared/api/plans';
import { useI18n } from '../../i18n/I18nContext';

/** A new plan from a name and two date-times; holiday presets arrive with the calendar area. */
export function PlanForm({ onCreate, onCancel }: { onCreate: (input: CreatePlanInput) => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (end <= start) return setError(t('plans.form.errorEnd'));
    setBusy(true);
    try {
      await onCreate({ name, window: { start, end } });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label={t('plans.form.title')}>
      <h2>{t('plans.form.title')}</h2>
      <label>
        {t('plans.form.name')}
        <input autoFocus required value={name} placeholder={t('plans.form.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="row">
        <label>
          {t('plans.form.start')}
          <input type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          {t('plans.form.end')}
          <input type="datetime-local" required value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </div>
      <p className="hint">{t('plans.form.zoneNote')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('plans.form.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

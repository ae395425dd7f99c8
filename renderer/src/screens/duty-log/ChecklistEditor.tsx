import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nContext';
import type { DutyLogRun } from './useLogEdits';

/** The plan's routine checks: renamed, added or retired during the holiday without touching past pages. */
export function ChecklistEditor({ bundle, run }: { bundle: DutyLogBundle; run: DutyLogRun }) {
  const api = useApi();
  const { t } = useI18n();
  const [items, setItems] = useState(() => bundle.log.checklist.filter((c) => !c.retiredAt).map((c) => ({ id: c.id as string | undefined, label: c.label })));
  const set = (index: number, label: string) => setItems((all) => all.map((item, i) => (i === index ? { ...item, label } : item)));
  return (
    <section className="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('dutyLog.checklist.title')}</h2>
      <p className="hint">{t('dutyLog.checklist.hint')}</p>
      <form
        className="form checklist-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            () => api.call('dutyLog:setChecklist', { planId: bundle.plan.id, items: items.filter((i) => i.label.trim()).map((i) => ({ ...(i.id ? { id: i.id } : {}), label: i.label.trim() })) }),
            t('dutyLog.checklist.saved'),
          );
        }}
      >
        <ol>
          {items.map((item, index) => (
            <li key={item.id ?? `new-${index}`}>
              <input aria-label={t('dutyLog.checklist.label', { n: index + 1 })} value={item.label} maxLength={200} onChange={(e) => set(index, e.target.value)} />
              <button type="button" className="icon" aria-label={t('dutyLog.checklist.remove', { label: item.label })} onClick={() => setItems((all) => all.filter((_, i) => i !== index))}>
                ×
              </button>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" onClick={() => setItems((all) => [...all, { id: undefined, label: '' }])}>
            {t('dutyLog.checklist.add')}
          </button>
          <button type="submit" className="primary">
            {t('dutyLog.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nContext';
import type { DutyLogRun } from './useLogEdits';
import { useWhen, WhenField } from './WhenField';
import { clockOf } from './words';

/** The shift's own events worth writing down that are not incidents. */
export function NotesSection({ bundle, page, run, now, editable }: { bundle: DutyLogBundle; page: ShiftPageView; run: DutyLogRun; now: number; editable: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const at = useWhen(Math.min(Math.max(now, page.shift.start), page.shift.end));
  const add = async () => {
    const when = at.instant();
    if (!text.trim() || !when) return;
    if (await run(() => api.call('dutyLog:addNote', { planId: bundle.plan.id, shiftId: page.shift.id, text: text.trim(), at: when }))) setText('');
  };
  return (
    <section className="card" aria-labelledby={`notes-${page.shift.id}`}>
      <h3 id={`notes-${page.shift.id}`}>{t('dutyLog.notes')}</h3>
      {page.notes.length === 0 ? (
        <p className="hint">{t('dutyLog.notes.none')}</p>
      ) : (
        <ul className="note-list">
          {page.notes.map((n) => (
            <li key={n.id}>
              <span className="nowrap note-time">{clockOf(n.at)}</span> {n.text}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <WhenField when={at} label={t('dutyLog.notes.at')} showError />
          <input aria-label={t('dutyLog.notes.text')} placeholder={t('dutyLog.notes.text')} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('dutyLog.notes.add')}</button>
        </form>
      )}
    </section>
  );
}

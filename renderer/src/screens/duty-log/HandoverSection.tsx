import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { peopleOf } from '../../../../shared/duty-log/logged-plan';
import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nContext';
import type { DutyLogRun } from './useLogEdits';
import { clockOf } from './words';

/** The note to the next shift and the leader's signature; editing the note after signing asks for a new signature. */
export function HandoverSection({ bundle, page, run, editable }: { bundle: DutyLogBundle; page: ShiftPageView; run: DutyLogRun; editable: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const [text, setText] = useState(page.handover?.text ?? '');
  const planId = bundle.plan.id;
  const shiftId = page.shift.id;
  const people = peopleOf(bundle.core, bundle.log);
  const signed = page.handover?.signedOff;
  const changed = page.handover !== null && text.trim() !== page.handover.text;
  return (
    <section className="card" aria-labelledby={`handover-${shiftId}`}>
      <h3 id={`handover-${shiftId}`}>{t('dutyLog.handover')}</h3>
      <p className="hint">{t('dutyLog.handover.hint')}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void run(() => api.call('dutyLog:writeHandover', { planId, shiftId, text: text.trim() }), t('dutyLog.handover.saved'));
        }}
      >
        <label>
          {t('dutyLog.handover.text')}
          <textarea rows={4} value={text} maxLength={4000} readOnly={!editable} onChange={(e) => setText(e.target.value)} />
        </label>
        {editable && (
          <div className="actions">
            <button type="submit" className="primary" disabled={!text.trim() || (page.handover !== null && !changed)}>
              {t('dutyLog.handover.save')}
            </button>
            {page.handover &&
              !signed &&
              !changed &&
              page.signers.map((id) => (
                <button key={id} type="button" onClick={() => void run(() => api.call('dutyLog:signHandover', { planId, shiftId, staffId: id }))}>
                  {t('dutyLog.handover.sign', { name: people.get(id)?.fullName ?? id })}
                </button>
              ))}
          </div>
        )}
      </form>
      {signed && !changed && <p className="ok">{t('dutyLog.handover.signed', { name: signed.name, at: clockOf(signed.at) })}</p>}
      {page.handover && !signed && <p className="warn">{t('dutyLog.handover.unsigned')}</p>}
      {signed && changed && <p className="warn">{t('dutyLog.handover.changed')}</p>}
    </section>
  );
}

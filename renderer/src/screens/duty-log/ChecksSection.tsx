import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import type { CheckState } from '../../../../shared/duty-log/checks';
import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nContext';
import type { DutyLogRun } from './useLogEdits';
import { clockOf } from './words';

/** The plan's checklist as this shift owes it: ticked with a time and an optional note; missing ones stand out once the shift has ended. */
export function ChecksSection({ bundle, page, run, editable }: { bundle: DutyLogBundle; page: ShiftPageView; run: DutyLogRun; editable: boolean }) {
  const { t } = useI18n();
  const { completion } = page;
  return (
    <section className="card" aria-labelledby={`checks-${page.shift.id}`}>
      <header className="section-header">
        <h3 id={`checks-${page.shift.id}`}>{t('dutyLog.checks')}</h3>
        <span className={completion.overdue ? 'badge state-absent' : 'badge'}>{t('dutyLog.checks.progress', { done: completion.done, total: completion.total })}</span>
      </header>
      {completion.overdue && (
        <p className="warn" role="status">
          {t('dutyLog.checks.overdue', { count: completion.missing.length })}
        </p>
      )}
      {page.timing === 'future' && <p className="hint">{t('dutyLog.checks.notYet')}</p>}
      <ul className="check-list">
        {page.checks.map((check) => (
          <CheckRow key={check.item.id} bundle={bundle} shiftId={page.shift.id} check={check} run={run} editable={editable} overdue={completion.overdue && !check.tick} />
        ))}
      </ul>
    </section>
  );
}

function CheckRow({ bundle, shiftId, check, run, editable, overdue }: { bundle: DutyLogBundle; shiftId: string; check: CheckState; run: DutyLogRun; editable: boolean; overdue: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const [note, setNote] = useState(check.tick?.note ?? '');
  const planId = bundle.plan.id;
  const tick = (done: boolean, text = note) =>
    run(() => api.call('dutyLog:tickCheck', { planId, shiftId, checkId: check.item.id, done, note: text.trim(), at: done && check.tick ? check.tick.at : undefined }));
  return (
    <li className={overdue ? 'check missing' : check.tick ? 'check done' : 'check'}>
      <label className="inline">
        <input type="checkbox" checked={check.tick !== null} disabled={!editable} onChange={(e) => void tick(e.target.checked)} />
        <span>{check.item.label}</span>
        {check.tick && <span className="hint nowrap">{t('dutyLog.checks.at', { at: clockOf(check.tick.at) })}</span>}
      </label>
      {check.tick && editable && (
        <input
          className="check-note"
          aria-label={t('dutyLog.checks.note', { label: check.item.label })}
          value={note}
          maxLength={500}
          placeholder={t('dutyLog.checks.note', { label: check.item.label })}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note.trim() !== (check.tick?.note ?? '') && void tick(true)}
          onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
        />
      )}
      {check.tick?.note && !editable && <span className="hint">{check.tick.note}</span>}
    </li>
  );
}

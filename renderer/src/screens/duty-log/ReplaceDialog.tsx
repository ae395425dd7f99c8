import { useState } from 'react';
import type { DutyLogBundle, ReplacementCandidate } from '../../../../shared/api/duty-log';
import type { ActualSeat } from '../../../../shared/duty-log/actual-roster';
import { peopleOf } from '../../../../shared/duty-log/logged-plan';
import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { ConfirmDialog } from '../roster/ConfirmDialog';
import type { DutyLogRun } from './useLogEdits';
import { shiftTitle } from './words';

/**
 * Who can stand in, ranked as the roster picker ranks them, each with the checker's reasons.
 * Someone free is recorded at once; someone who breaks a rule only after the rules are read and
 * confirmed, as an edit of the roster would be.
 */
export function ReplaceDialog({ bundle, page, seat, run, onClose }: { bundle: DutyLogBundle; page: ShiftPageView; seat: ActualSeat; run: DutyLogRun; onClose: () => void }) {
  const api = useApi();
  const { t, language, say } = useI18n();
  const planId = bundle.plan.id;
  const candidates = useAsync(() => api.call('dutyLog:candidates', { planId, shiftId: page.shift.id, seatId: seat.seat.id }), [api, planId, page.shift.id, seat.seat.id]);
  const [reason, setReason] = useState('');
  const [arrived, setArrived] = useState(page.timing !== 'future');
  const [confirming, setConfirming] = useState<ReplacementCandidate | null>(null);
  const people = peopleOf(bundle.core, bundle.log);
  const replaced = seat.planned ? (people.get(seat.planned)?.fullName ?? seat.planned) : t('dutyLog.nobody');
  const list = (candidates.data ?? []).filter((c) => c.staffId !== seat.planned);

  const record = async (candidate: ReplacementCandidate, confirm: boolean) => {
    const at = arrived ? new Date().toISOString() : null;
    const ok = await run(() => api.call('dutyLog:replace', { planId, shiftId: page.shift.id, seatId: seat.seat.id, staffId: candidate.staffId, reason: reason.trim(), at, confirm }));
    if (ok) onClose();
  };

  if (confirming) {
    return (
      <ConfirmDialog
        title={t('dutyLog.replace.confirmTitle')}
        confirmLabel={t('dutyLog.replace.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void record(confirming, true)}
      >
        <p>
          <strong>{confirming.name}</strong>
        </p>
        <ul className="reasons">
          {confirming.reasons.map((r, i) => (
            <li key={i}>{say(r.text)}</li>
          ))}
        </ul>
      </ConfirmDialog>
    );
  }
  return (
    <Dialog title={t('dutyLog.replace.title', { seat: seat.seat.label || seat.seat.role })} onClose={onClose} wide>
      <p>{t('dutyLog.replace.for', { name: replaced, shift: shiftTitle(page.shift, language) })}</p>
      <div className="form">
        <label>
          {t('dutyLog.replace.reason')}
          <input data-autofocus value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={arrived} onChange={(e) => setArrived(e.target.checked)} /> {t('dutyLog.replace.arrived')}
        </label>
      </div>
      {candidates.error && <p className="error">{candidates.error}</p>}
      <ul className="candidates" aria-label={t('dutyLog.replace.title', { seat: seat.seat.label || seat.seat.role })}>
        {list.map((c) => (
          <li key={c.staffId} className={c.reasons.length ? 'candidate breaks' : 'candidate free'}>
            <button type="button" onClick={() => (c.reasons.length ? setConfirming(c) : void record(c, false))}>
              <span className="candidate-name">
                {c.name}
                {!c.inPlan && <span className="tag"> {t('dutyLog.replace.outsider')}</span>}
              </span>
              <span className={c.reasons.length ? 'warn' : 'ok'}>
                {c.reasons.length ? `${t('dutyLog.replace.breaks')}: ${c.reasons.map((r) => say(r.text)).join('; ')}` : t('dutyLog.replace.free')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

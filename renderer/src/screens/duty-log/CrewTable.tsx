import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import type { ActualSeat } from '../../../../shared/duty-log/actual-roster';
import { minutesLate } from '../../../../shared/duty-log/check-in';
import { seatStateKey } from '../../../../shared/duty-log/log-rows';
import { peopleOf } from '../../../../shared/duty-log/logged-plan';
import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/I18nContext';
import { ReplaceDialog } from './ReplaceDialog';
import type { DutyLogRun } from './useLogEdits';
import { clockOf } from './words';

/** Who the roster has in each seat and who actually came; every seat is recorded from its row. */
export function CrewTable({ bundle, page, run, editable }: { bundle: DutyLogBundle; page: ShiftPageView; run: DutyLogRun; editable: boolean }) {
  const api = useApi();
  const { t } = useI18n();
  const people = peopleOf(bundle.core, bundle.log);
  const name = (id: string | null) => (id ? (people.get(id)?.fullName ?? id) : t('dutyLog.nobody'));
  const outsider = (id: string | null) => id !== null && !bundle.core.staff.some((s) => s.id === id);
  const [absent, setAbsent] = useState<ActualSeat | null>(null);
  const [replacing, setReplacing] = useState<ActualSeat | null>(null);
  const planId = bundle.plan.id;
  const shiftId = page.shift.id;
  const lateness = (m: number) => (m < 60 ? t('dutyLog.minutes', { m }) : m % 60 ? t('dutyLog.hours', { h: Math.floor(m / 60), m: m % 60 }) : t('dutyLog.hoursOnly', { h: m / 60 }));

  const checkIn = (staffId: string) => run(() => api.call('dutyLog:checkIn', { planId, shiftId, staffId }));
  const clear = (seatId: string) => run(() => api.call('dutyLog:clearSeat', { planId, shiftId, seatId }));

  return (
    <section className="card" aria-labelledby={`crew-${shiftId}`}>
      <h3 id={`crew-${shiftId}`}>{t('dutyLog.crew')}</h3>
      <table className="table crew-table">
        <thead>
          <tr>
            <th>{t('dutyLog.col.seat')}</th>
            <th>{t('dutyLog.col.planned')}</th>
            <th>{t('dutyLog.col.actual')}</th>
            <th>{t('dutyLog.col.state')}</th>
            {editable && <th>{t('dutyLog.col.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {page.seats.map((seat) => {
            const late = minutesLate(page.shift, seat.checkedInAt);
            const arrivable = seat.actual ?? (seat.state === 'absent' ? seat.planned : null);
            return (
              <tr key={seat.seat.id} className={`seat-${seat.state}`}>
                <td>{seat.seat.label || seat.seat.role}</td>
                <td>{name(seat.planned)}</td>
                <td>
                  {seat.state === 'absent' ? '—' : name(seat.actual)}
                  {outsider(seat.actual) && <span className="tag"> {t('dutyLog.replace.outsider')}</span>}
                </td>
                <td>
                  <span className={`badge state-${seat.state === 'expected' && page.timing === 'past' ? 'unconfirmed' : seat.state}`}>{t(seatStateKey(seat, page.timing === 'past'))}</span>
                  {seat.checkedInAt && <span className="nowrap"> {clockOf(seat.checkedInAt)}</span>}
                  {late > 0 && <span className="warn"> ({t('dutyLog.late', { time: lateness(late) })})</span>}
                  {seat.record?.reason && <div className="hint">{seat.record.reason}</div>}
                </td>
                {editable && (
                  <td>
                    <div className="row-actions">
                      {arrivable && !seat.checkedInAt && (
                        <button type="button" className="primary" aria-label={t('dutyLog.checkIn.named', { name: name(arrivable) })} onClick={() => void checkIn(arrivable)}>
                          {t('dutyLog.checkIn')}
                        </button>
                      )}
                      {seat.planned && seat.state !== 'absent' && seat.state !== 'replaced' && (
                        <button type="button" onClick={() => setAbsent(seat)}>
                          {t('dutyLog.absent')}
                        </button>
                      )}
                      <button type="button" onClick={() => setReplacing(seat)}>
                        {t('dutyLog.replace')}
                      </button>
                      {seat.record && (
                        <button type="button" className="danger" onClick={() => void clear(seat.seat.id)}>
                          {t('dutyLog.undo')}
                        </button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
          {page.vanishedSeats.map((r) => (
            <tr key={r.seatId} className="seat-vanished">
              <td>{r.seatLabel || r.role}</td>
              <td>{name(r.plannedStaffId)}</td>
              <td>{name(r.staffId)}</td>
              <td>
                <span className={`badge state-${r.status}`}>{t(`dutyLog.state.${r.status}`)}</span>
                {r.checkedInAt && <span className="nowrap"> {clockOf(r.checkedInAt)}</span>}
              </td>
              {editable && <td />}
            </tr>
          ))}
        </tbody>
      </table>
      {absent && (
        <AbsentDialog
          name={name(absent.planned)}
          onCancel={() => setAbsent(null)}
          onSave={async (reason) => {
            if (await run(() => api.call('dutyLog:markAbsent', { planId, shiftId, seatId: absent.seat.id, reason }))) setAbsent(null);
          }}
        />
      )}
      {replacing && <ReplaceDialog bundle={bundle} page={page} seat={replacing} run={run} onClose={() => setReplacing(null)} />}
    </section>
  );
}

function AbsentDialog({ name, onCancel, onSave }: { name: string; onCancel: () => void; onSave: (reason: string) => Promise<void> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <Dialog title={t('dutyLog.absent')} onClose={onCancel}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(reason.trim());
        }}
      >
        <label>
          {t('dutyLog.absent.reason', { name })}
          <input data-autofocus value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />
        </label>
        <FormFooter error={null} busy={false} submitLabel={t('dutyLog.absent')} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import type { DutyLogBundle } from '../../../../shared/api/duty-log';
import { currentStatus, incidentCode, incidentShifts } from '../../../../shared/duty-log/incidents';
import { pageShifts, peopleOf } from '../../../../shared/duty-log/logged-plan';
import { INCIDENT_STATUSES, type Incident, type IncidentStatus } from '../../../../shared/duty-log/schema';
import { useApi } from '../../api/ApiContext';
import { hrefFor } from '../../app/route';
import { useI18n } from '../../i18n/I18nContext';
import { ChoiceSelect } from './ChoiceSelect';
import { IncidentNoticeDialog } from './IncidentNoticeDialog';
import type { DutyLogRun } from './useLogEdits';
import { useWhen, WhenField } from './WhenField';
import { whenOf } from './words';

const OTHER = '__other__';

/**
 * One incident: what, where, how bad, what was done and who was told, and its status. Updates are
 * written on the page they are made from (`shiftId`), so each shift's page shows its own work.
 */
export function IncidentCard({
  bundle,
  incident,
  shiftId,
  leaders,
  now,
  run,
  editable,
}: {
  bundle: DutyLogBundle;
  incident: Incident;
  shiftId: string | null;
  leaders: string[];
  now: number;
  run: DutyLogRun;
  editable: boolean;
}) {
  const api = useApi();
  const { t } = useI18n();
  const planId = bundle.plan.id;
  const status = currentStatus(incident);
  const spans = incidentShifts(incident, pageShifts(bundle.core, bundle.log));
  const people = peopleOf(bundle.core, bundle.log);
  const contacts = [...leaders.map((id) => `${t('dutyLog.incident.leader')}: ${people.get(id)?.fullName ?? id}`), ...bundle.contacts.map((c) => c.name)];
  const [action, setAction] = useState('');
  const [contact, setContact] = useState(contacts[0] ?? OTHER);
  const [otherContact, setOtherContact] = useState('');
  const noticeAt = useWhen(now);
  const [noticeNote, setNoticeNote] = useState('');
  const [writing, setWriting] = useState(false);
  const update = (changes: { status?: IncidentStatus; action?: { text: string }; notice?: { contact: string; at: string; note: string } }) =>
    run(() => api.call('dutyLog:updateIncident', { planId, incidentId: incident.id, shiftId, ...changes }));
  const code = incidentCode(incident);

  return (
    <article className={`incident incident-${status} severity-${incident.severity}`} aria-labelledby={`incident-${incident.id}`}>
      <header className="incident-header">
        <h4 id={`incident-${incident.id}`}>
          {code} · {t(`dutyLog.kind.${incident.kind}`)}
          {incident.system && ` · ${incident.system}`}
        </h4>
        <span className={`badge severity-badge-${incident.severity}`}>{t(`dutyLog.severity.${incident.severity}`)}</span>{' '}
        <span className={`badge status-badge-${status}`}>{t(`dutyLog.status.${status}`)}</span>{' '}
        <button type="button" className="incident-notice-open" aria-label={t('paper.incident.title', { code })} onClick={() => setWriting(true)}>
          {t('paper.incident.open')}
        </button>
      </header>
      {writing && <IncidentNoticeDialog bundle={bundle} incident={incident} onClose={() => setWriting(false)} />}
      <p>{incident.description}</p>
      <p className="hint">
        {t('dutyLog.incident.found', { at: whenOf(incident.foundAt) })} · {t('dutyLog.incident.spans', { count: spans.length })}:{' '}
        {spans.map((s, i) => (
          <span key={s.id}>
            {i > 0 && ', '}
            <a href={hrefFor('log', planId, s.id)}>{s.id}</a>
          </span>
        ))}
      </p>
      {incident.actions.length > 0 && (
        <>
          <h5>{t('dutyLog.incident.actions')}</h5>
          <ul className="incident-actions">
            {incident.actions.map((a, i) => (
              <li key={i}>
                <span className="nowrap">{whenOf(a.at)}</span> {a.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {incident.notified.length > 0 && (
        <>
          <h5>{t('dutyLog.incident.notified')}</h5>
          <ul className="incident-actions">
            {incident.notified.map((n, i) => (
              <li key={i}>
                <span className="nowrap">{whenOf(n.at)}</span> {n.contact}
                {n.note && ` — ${n.note}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {editable && (
        <div className="incident-forms">
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (action.trim()) void update({ action: { text: action.trim() } }).then((ok) => ok && setAction(''));
            }}
          >
            <input aria-label={`${t('dutyLog.incident.action')} (${code})`} placeholder={t('dutyLog.incident.action')} value={action} maxLength={2000} onChange={(e) => setAction(e.target.value)} />
            <button type="submit">{t('dutyLog.incident.addAction')}</button>
          </form>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const who = contact === OTHER ? otherContact.trim() : contact;
              const at = noticeAt.instant();
              if (who && at) void update({ notice: { contact: who, at, note: noticeNote.trim() } }).then((ok) => ok && setNoticeNote(''));
            }}
          >
            <select aria-label={`${t('dutyLog.incident.notify')} (${code})`} value={contact} onChange={(e) => setContact(e.target.value)}>
              {contacts.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
              <option value={OTHER}>{t('dutyLog.incident.other')}</option>
            </select>
            {contact === OTHER && <input aria-label={t('dutyLog.incident.notify')} value={otherContact} maxLength={200} onChange={(e) => setOtherContact(e.target.value)} />}
            <WhenField when={noticeAt} label={`${t('dutyLog.incident.notifyAt')} (${code})`} showError />
            <input aria-label={t('dutyLog.incident.noticeNote')} placeholder={t('dutyLog.incident.noticeNote')} value={noticeNote} maxLength={300} onChange={(e) => setNoticeNote(e.target.value)} />
            <button type="submit">{t('dutyLog.incident.addNotice')}</button>
          </form>
          <label className="inline">
            {t('dutyLog.incident.status')}
            <ChoiceSelect
              aria-label={`${t('dutyLog.incident.status')} (${code})`}
              values={INCIDENT_STATUSES}
              value={status}
              labelOf={(v) => t(`dutyLog.status.${v}`)}
              onChoose={(next) => void update({ status: next })}
            />
          </label>
        </div>
      )}
    </article>
  );
}

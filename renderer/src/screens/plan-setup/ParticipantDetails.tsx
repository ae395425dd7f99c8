import { useState } from 'react';
import { formatDate, formatDateTime } from '../../../../shared/i18n/dates';
import type { DutyWindow, Leave, Participant } from '../../../../shared/plan/schema';
import { ParsedInput, parseDate, parseDateTime } from '../../components/ParsedInput';
import { useI18n } from '../../i18n/I18nContext';

/** One away range, kept locally while it is being typed and passed on only once it ends after it starts. */
function LeaveRow({ leave, onChange, onRemove }: { leave: Leave; onChange: (l: Leave) => void; onRemove: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(leave);
  const valid = draft.end > draft.start;
  const edit = (patch: Partial<Leave>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (next.end > next.start) onChange(next);
  };
  return (
    <div className="leave-row">
      <label>
        {t('setup.leave.start')}
        <ParsedInput className="datetime" placeholder="dd/mm/yyyy hh:mm" value={draft.start} format={formatDateTime} parse={parseDateTime} onValue={(start) => edit({ start })} />
      </label>
      <label>
        {t('setup.leave.end')}
        <ParsedInput className="datetime" placeholder="dd/mm/yyyy hh:mm" value={draft.end} format={formatDateTime} parse={parseDateTime} onValue={(end) => edit({ end })} />
      </label>
      <label className="grow">
        {t('setup.leave.reason')}
        <input list="leave-reasons" value={draft.reason} onChange={(e) => edit({ reason: e.target.value })} />
      </label>
      <button className="danger" onClick={onRemove}>
        {t('setup.leave.remove')}
      </button>
      {!valid && <span className="field-error">{t('setup.leave.invalid')}</span>}
    </div>
  );
}

function DayList({ label, days, onChange }: { label: string; days: string[]; onChange: (days: string[]) => void }) {
  const { t } = useI18n();
  const [day, setDay] = useState('');
  return (
    <div className="day-list">
      <span className="label">{label}</span>
      {days.map((d) => (
        <span key={d} className="tag">
          {formatDate(d)}
          <button className="icon" aria-label={t('setup.days.remove', { date: formatDate(d) })} onClick={() => onChange(days.filter((x) => x !== d))}>
            ×
          </button>
        </span>
      ))}
      <ParsedInput className="date" placeholder="dd/mm/yyyy" aria-label={`${label}: ${t('setup.days.add')}`} value={day} format={(d) => (d ? formatDate(d) : '')} parse={parseDate} onValue={setDay} />
      <button disabled={!day || days.includes(day)} onClick={() => (onChange([...days, day].sort()), setDay(''))}>
        {t('setup.days.add')}
      </button>
    </div>
  );
}

/** What is particular to one person in this plan: leave with a reason, no nights, preferred and avoided days. */
export function ParticipantDetails({ participant, window, onChange }: { participant: Participant; window: DutyWindow; onChange: (p: Participant) => void }) {
  const { t } = useI18n();
  const setLeave = (leave: Leave[]) => onChange({ ...participant, leave });
  // A new range starts as the first day of the window, the usual case being "away for a few days of Tết".
  const newLeave = (): Leave => ({ start: window.start, end: `${window.start.slice(0, 10)}T23:59`, reason: t('setup.leave.reason.home') });
  return (
    <div className="participant-details">
      <datalist id="leave-reasons">
        <option value={t('setup.leave.reason.home')} />
        <option value={t('setup.leave.reason.annual')} />
      </datalist>
      <h4>{t('setup.leave.title')}</h4>
      {participant.leave.map((leave, i) => (
        <LeaveRow
          key={`${participant.leave.length}-${i}`}
          leave={leave}
          onChange={(l) => setLeave(participant.leave.map((x, k) => (k === i ? l : x)))}
          onRemove={() => setLeave(participant.leave.filter((_, k) => k !== i))}
        />
      ))}
      <button onClick={() => setLeave([...participant.leave, newLeave()])}>{t('setup.leave.add')}</button>
      <label className="check">
        <input type="checkbox" checked={participant.noNights} onChange={(e) => onChange({ ...participant, noNights: e.target.checked })} />
        {t('setup.people.noNights')}
      </label>
      <DayList label={t('setup.days.preferred')} days={participant.preferredDays} onChange={(preferredDays) => onChange({ ...participant, preferredDays })} />
      <DayList label={t('setup.days.avoided')} days={participant.avoidedDays} onChange={(avoidedDays) => onChange({ ...participant, avoidedDays })} />
    </div>
  );
}

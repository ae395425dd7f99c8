import { memo, useRef, useState } from 'react';
import type { Participant } from '../../../../shared/plan/schema';
import { compareVietnameseNames, matchesSearch } from '../../../../shared/staff/normalize';
import { useI18n } from '../../i18n/I18nContext';
import type { ParticipantsEditorProps } from './participants-editor';
import { ParticipantDetails } from './ParticipantDetails';

const blank = (staffId: string): Participant => ({ staffId, leave: [], noNights: false, preferredDays: [], avoidedDays: [] });

/**
 * Who takes part: every active person of the directory can be ticked, plus anyone inactive who is
 * still in the plan. Unticking and ticking again in the same visit gives back the person's leave.
 */
export const ParticipantsSection = memo(function ParticipantsSection({ participants, directory, window, onChange }: ParticipantsEditorProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const removed = useRef(new Map<string, Participant>());
  const byId = new Map(participants.map((p) => [p.staffId, p]));
  const people = directory.filter((m) => m.active || byId.has(m.id)).sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  const shown = people.filter((m) => matchesSearch(m, query));

  const setTakesPart = (id: string, on: boolean) => {
    if (on) return onChange([...participants, removed.current.get(id) ?? blank(id)]);
    const leaving = byId.get(id);
    if (leaving) removed.current.set(id, leaving);
    onChange(participants.filter((p) => p.staffId !== id));
  };
  const setAll = (on: boolean) => {
    for (const p of participants) removed.current.set(p.staffId, p);
    onChange(on ? people.filter((m) => m.active).map((m) => byId.get(m.id) ?? removed.current.get(m.id) ?? blank(m.id)) : []);
  };

  return (
    <section className="card" aria-labelledby="setup-people">
      <div className="section-header">
        <h2 id="setup-people">{t('setup.people.title')}</h2>
        <span className="hint">{t('setup.people.count', { count: participants.length, total: people.length })}</span>
      </div>
      {participants.length === 0 && people.some((m) => m.active) && (
        <div className="banner banner-warning nobody" role="status">
          <span>{t('setup.people.nobody', { count: people.filter((m) => m.active).length })}</span>{' '}
          <button className="primary" onClick={() => setAll(true)}>
            {t('setup.people.addEveryone', { count: people.filter((m) => m.active).length })}
          </button>
        </div>
      )}
      <div className="filters">
        <label className="grow">
          {t('setup.people.search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button onClick={() => setAll(true)}>{t('setup.people.all')}</button>
        <button onClick={() => setAll(false)}>{t('setup.people.none')}</button>
      </div>
      <ul className="people">
        {shown.map((m) => {
          const participant = byId.get(m.id);
          return (
            <li key={m.id} data-person={m.id} className={participant ? '' : 'not-taking-part'}>
              <div className="person-line">
                <label className="check">
                  <input type="checkbox" aria-label={t('setup.people.takesPart', { name: m.fullName })} checked={!!participant} onChange={(e) => setTakesPart(m.id, e.target.checked)} />
                  <span className="staff-name">{m.fullName}</span>
                </label>
                <span className="hint">{[m.unit, ...m.roles.map((r) => t(`staff.role.${r}`)), m.active ? '' : t('setup.people.inactive')].filter(Boolean).join(' · ')}</span>
                {participant && participant.leave.length > 0 && <span className="tag tag-leave">{t('setup.people.leaveCount', { count: participant.leave.length })}</span>}
                {participant?.noNights && <span className="tag">{t('setup.people.noNights')}</span>}
                {participant && (
                  <button className="link-button" aria-expanded={open === m.id} onClick={() => setOpen(open === m.id ? null : m.id)}>
                    {t('setup.people.details')} {open === m.id ? '▴' : '▾'}
                  </button>
                )}
              </div>
              {participant && open === m.id && <ParticipantDetails participant={participant} window={window} onChange={(next) => onChange(participants.map((p) => (p.staffId === m.id ? next : p)))} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
});

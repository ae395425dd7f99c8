import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDate } from '../../../../shared/i18n/dates';
import type { Assignments } from '../../../../shared/roster/edit';
import type { RosterProblem, RosterSeat, RosterShift } from '../../../../shared/roster/problem';
import { vnClock } from '../../../../shared/roster/words';
import { matchesSearch } from '../../../../shared/staff/normalize';
import type { StaffMember } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';
import { RoleBadges } from './RoleBadges';
import { useNumber } from './useNumber';
import { useSeatCandidates } from './useSeatCandidates';

interface SeatPickerProps {
  problem: RosterProblem;
  assignments: Assignments;
  seat: RosterSeat;
  shift: RosterShift;
  staffById: ReadonlyMap<string, StaffMember>;
  shiftCounts: ReadonlyMap<string, number>;
  locked: boolean;
  onPick(staffId: string): void;
  onClear(): void;
  onToggleLock(): void;
  onClose(): void;
}

/**
 * Who can take a seat, ranked by the checker: those who may take it first, least loaded first;
 * the others greyed with why not. They stay pickable: the editor warns before breaking a rule.
 */
export function SeatPicker({ problem, assignments, seat, shift, staffById, shiftCounts, locked, onPick, onClear, onToggleLock, onClose }: SeatPickerProps) {
  const { t, say } = useI18n();
  const number = useNumber();
  const { candidates, reasons } = useSeatCandidates(problem, assignments, seat, staffById);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(
    () =>
      candidates.filter((c) => {
        const m = staffById.get(c.staffId);
        return m ? matchesSearch(m, query) : true;
      }),
    [candidates, staffById, query],
  );
  const current = candidates.find((c) => c.current);

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const title = `${seat.label} — ${shift.label} ${vnClock(shift.start)}–${vnClock(shift.end)}, ${formatDate(shift.date)}`;

  return (
    <div className="picker-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="picker" role="dialog" aria-modal="true" aria-label={t('roster.picker.title')}>
        <header className="picker-header">
          <div>
            <h2>{t('roster.picker.title')}</h2>
            <p className="hint">{title}</p>
          </div>
          <button type="button" className="icon" aria-label={t('roster.picker.close')} onClick={onClose}>
            ×
          </button>
        </header>
        {locked ? (
          <p className="picker-locked">{t('roster.picker.lockedNote')}</p>
        ) : (
          <>
            <input
              autoFocus
              type="search"
              value={query}
              placeholder={t('roster.picker.search')}
              aria-label={t('roster.picker.search')}
              aria-controls="picker-list"
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  setActive((i) => Math.max(0, Math.min(shown.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1))));
                } else if (e.key === 'Enter' && shown[active]) {
                  e.preventDefault();
                  onPick(shown[active].staffId);
                } else if (e.key === 'Escape') {
                  onClose();
                }
              }}
            />
            <ul className="picker-list" id="picker-list" role="listbox" ref={list} aria-label={t('roster.picker.title')}>
              {shown.map((c, i) => {
                const person = staffById.get(c.staffId);
                const why = reasons(c);
                return (
                  <li
                    key={c.staffId}
                    role="option"
                    aria-selected={i === active}
                    className={['candidate', why.length && 'unavailable', c.current && 'current'].filter(Boolean).join(' ')}
                    title={c.reasons.map((v) => say(v.text)).join('\n') || undefined}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => onPick(c.staffId)}
                  >
                    <span className="candidate-name" data-testid="candidate-name">
                      {person && <RoleBadges roles={person.roles} />}
                      {c.name}
                    </span>
                    <span className="candidate-load" title={t('roster.fairness.loadHint')}>
                      {t('roster.picker.load', { shifts: shiftCounts.get(c.staffId) ?? 0, load: number(c.relativeLoad) })}
                    </span>
                    {c.current && <span className="candidate-current">{t('roster.picker.current')}</span>}
                    {why.length > 0 && (
                      <span className="candidate-reasons" data-testid="candidate-reasons">
                        {why.join(' · ')}
                      </span>
                    )}
                  </li>
                );
              })}
              {shown.length === 0 && <li className="picker-empty">{t('roster.picker.none', { query })}</li>}
            </ul>
          </>
        )}
        <footer className="picker-footer">
          {current && !locked && (
            <button type="button" onClick={onClear}>
              {t('roster.picker.clear')}
            </button>
          )}
          {current && (
            <button type="button" onClick={onToggleLock}>
              {t(locked ? 'roster.picker.unlock' : 'roster.picker.lock')}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}

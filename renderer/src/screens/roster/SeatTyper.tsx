import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Assignments } from '../../../../shared/roster/edit';
import type { RosterProblem, RosterSeat } from '../../../../shared/roster/problem';
import { matchesNamePrefix } from '../../../../shared/staff/normalize';
import type { StaffMember } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';
import { useSeatCandidates } from './useSeatCandidates';

interface SeatTyperProps {
  problem: RosterProblem;
  assignments: Assignments;
  seat: RosterSeat;
  staffById: ReadonlyMap<string, StaffMember>;
  /** What was typed on the seat to open it. */
  initial: string;
  /** Where the seat is on screen: the field covers it, the list opens under it (or above near the bottom). */
  anchor: DOMRect;
  /** Assigns, then goes `step` seats on in reading order (0: stays). */
  onPick(staffId: string, step: 1 | -1 | 0): void;
  /** Who holds the seat now, if anyone: Ctrl+Enter gives all of their seats to the one chosen. */
  holderName: string | null;
  onHandOver(staffId: string): void;
  /** Tab with nothing typed: on to the next seat without assigning. */
  onSkip(step: 1 | -1): void;
  /** Escape (back to the seat) or leaving the field. */
  onClose(refocus: boolean): void;
}

const SHOWN = 8;
const LIST_HEIGHT = 280;

/**
 * Typing a name into a seat, as into a spreadsheet cell: the checker's ranking (the picker's own
 * list) narrowed to the names whose words start with what is typed, diacritics ignored; those who
 * would break a rule greyed with why, still choosable (the editor asks first).
 */
export function SeatTyper({ problem, assignments, seat, staffById, initial, anchor, onPick, holderName, onHandOver, onSkip, onClose }: SeatTyperProps) {
  const { t, say } = useI18n();
  const { candidates, reasons } = useSeatCandidates(problem, assignments, seat, staffById);
  const [query, setQuery] = useState(initial);
  // The highlight is a person, not a row: a list that changes under a fast typist's Enter (a letter, the
  // previous seat's commit) must not hand the seat to whoever moved into the highlighted row.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const shown = useMemo(() => candidates.filter((c) => matchesNamePrefix(staffById.get(c.staffId)?.fullName ?? c.name, query)).slice(0, SHOWN), [candidates, staffById, query]);
  const field = useRef<HTMLInputElement>(null);
  const found = shown.findIndex((c) => c.staffId === chosenId);
  const active = found < 0 ? 0 : found;
  // The typed letter is already in the field: go on after it, not before it.
  useLayoutEffect(() => {
    field.current?.focus();
    field.current?.setSelectionRange(initial.length, initial.length);
  }, [initial]);

  const choose = (step: 1 | -1 | 0) => {
    const c = shown[active];
    if (c) onPick(c.staffId, step);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = shown[Math.max(0, Math.min(shown.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)))];
      if (next) setChosenId(next.staffId);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const c = shown[active];
      if ((e.ctrlKey || e.metaKey) && holderName && c) onHandOver(c.staffId);
      else choose(1);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      const step = e.shiftKey ? -1 : 1;
      if (query.trim()) choose(step);
      else onSkip(step);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
    }
  };

  const below = anchor.bottom + LIST_HEIGHT < window.innerHeight;
  const activeId = shown[active] ? `seat-typer-${active}` : undefined;
  return (
    <div className="seat-typer" data-testid="seat-typer" style={{ left: anchor.left, top: anchor.top, width: Math.max(anchor.width, 240) }}>
      <input
        ref={field}
        role="combobox"
        aria-expanded="true"
        aria-controls="seat-typer-list"
        aria-activedescendant={activeId}
        aria-label={t('roster.typer.label', { seat: seat.label })}
        autoComplete="off"
        spellCheck={false}
        value={query}
        style={{ width: anchor.width, height: anchor.height }}
        onChange={(e) => {
          setQuery(e.target.value);
          setChosenId(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => onClose(false)}
      />
      <ul id="seat-typer-list" role="listbox" aria-label={t('roster.picker.title')} className={below ? 'seat-typer-list' : 'seat-typer-list above'}>
        {shown.map((c, i) => {
          const why = reasons(c);
          const person = staffById.get(c.staffId);
          return (
            <li
              key={c.staffId}
              id={`seat-typer-${i}`}
              data-staff-id={c.staffId}
              role="option"
              aria-selected={i === active}
              aria-disabled={why.length > 0 || undefined}
              className={['candidate', why.length && 'unavailable', c.current && 'current'].filter(Boolean).join(' ')}
              title={c.reasons.map((v) => say(v.text)).join('\n') || undefined}
              // Keep the field focused, so the click assigns instead of closing the list first.
              onMouseDown={(e) => e.preventDefault()}
              // Only a moving pointer highlights: a list opening under a still one must not.
              onMouseMove={() => chosenId !== c.staffId && setChosenId(c.staffId)}
              onClick={() => onPick(c.staffId, 0)}
            >
              <span className="candidate-name">{c.name}</span>
              {/* Two people may share a name: their title and unit tell them apart. */}
              {person && (
                <span className="candidate-unit" data-testid="candidate-unit">
                  {[person.title, person.unit].filter(Boolean).join(' · ')}
                </span>
              )}
              {why.length > 0 && <span className="candidate-reasons">{why.join(' · ')}</span>}
            </li>
          );
        })}
        {shown.length === 0 && <li className="picker-empty">{t('roster.picker.none', { query })}</li>}
      </ul>
      {holderName && <p className="seat-typer-hint">{t('roster.typer.handOver', { name: holderName })}</p>}
    </div>
  );
}

import { memo } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import type { RosterAssignment, RosterSeat } from '../../../../shared/roster/problem';
import type { StaffMember } from '../../../../shared/staff/schema';
import { formatDate } from '../../../../shared/i18n/dates';
import { useI18n } from '../../i18n/I18nContext';
import { shortName } from '../../../../shared/staff/short-name';
import { LockIcon } from './LockIcon';
import { RoleBadges } from './RoleBadges';

/** The drag payload: the seat a person is dragged from. */
const DRAG_TYPE = 'application/x-lich-truc-seat';

export interface SeatActions {
  focus(seatId: string): void;
  open(seatId: string): void;
  move(from: string, to: string): void;
}

export interface SeatButtonProps {
  seat: RosterSeat;
  /** The shift's name ("Ca sáng") and the seat's place in it from 1: with the date they name the seat for screen readers and tests. */
  shiftLabel: string;
  index: number;
  holder: RosterAssignment | undefined;
  person: StaffMember | undefined;
  issues: readonly Violation[] | undefined;
  focused: boolean;
  /** This seat's person is being moved with the keyboard. */
  carried: boolean;
  /** Its holder's seats are being shown (from the fairness chart). */
  shown?: boolean;
  /** One line, short name: the seat's label is the line's head and the full name its tooltip. */
  compact?: boolean;
  actions: SeatActions;
}

/**
 * One seat of a shift: who holds it, their role, a lock and a problem mark. Phones show on hover.
 * Only the focused seat is in the tab order; the grid moves focus with the arrow keys.
 */
export const SeatButton = memo(function SeatButton({ seat, shiftLabel, index, holder, person, issues, focused, carried, shown = false, compact = false, actions }: SeatButtonProps) {
  const { t, say } = useI18n();
  const name = person?.fullName ?? holder?.staffId;
  const role = person?.roles.includes(seat.role) ? seat.role : person?.roles[0];
  const classes = ['seat', !holder && 'seat-empty', holder?.locked && 'seat-locked', issues && 'seat-problem', carried && 'seat-carried', shown && 'seat-shown'].filter(Boolean).join(' ');
  // The accessible name says which seat this is, whatever the view shows of it (the compact view shows no label).
  const named = t('roster.grid.seat', { shift: shiftLabel, date: formatDate(seat.shiftId.slice(0, 10)), index, seat: seat.label, holder: name ?? t('roster.grid.empty') });
  const label = [named, holder?.locked && t('roster.grid.locked'), issues && t('roster.grid.problem')].filter(Boolean).join(', ');
  const title = [seat.label, name && [name, person?.phone].filter(Boolean).join(' · '), ...(issues ?? []).map((v) => `⚠ ${say(v.text)}`)].filter(Boolean).join('\n');
  return (
    <button
      type="button"
      className={classes}
      data-seat-id={seat.id}
      aria-label={label}
      tabIndex={focused ? 0 : -1}
      title={title}
      draggable={!!holder && !holder.locked}
      onClick={() => actions.open(seat.id)}
      onFocus={() => actions.focus(seat.id)}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, seat.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        // A locked seat still takes the drop, so the editor can say why nothing moved.
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
      }}
      onDrop={(e) => {
        const from = e.dataTransfer.getData(DRAG_TYPE);
        if (!from) return;
        e.preventDefault();
        actions.move(from, seat.id);
      }}
    >
      {!compact && <span className="seat-label">{seat.label}</span>}
      <span className="seat-holder">
        {holder ? (
          <>
            {role && !compact && <RoleBadges roles={[role]} />}
            <span className="seat-name">{compact && name ? shortName(name) : name}</span>
          </>
        ) : (
          <span className="seat-none">{t('roster.grid.empty')}</span>
        )}
        {holder?.locked && (
          <span className="seat-lock">
            <LockIcon label={t('roster.grid.locked')} />
          </span>
        )}
        {issues && (
          <span className="seat-warning" role="img" aria-label={t('roster.grid.problem')}>
            ⚠
          </span>
        )}
      </span>
    </button>
  );
});

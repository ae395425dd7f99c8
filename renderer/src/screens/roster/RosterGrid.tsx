import type { KeyboardEvent } from 'react';
import type { SpecialDay } from '../../../../shared/plan/schema';
import type { Violation } from '../../../../shared/roster/check';
import type { RosterGrid as Grid } from '../../../../shared/roster/grid';
import type { RosterAssignment } from '../../../../shared/roster/problem';
import type { StaffMember } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';
import { DayHeader } from './DayHeader';
import type { SeatActions } from './SeatButton';
import { ShiftCell } from './ShiftCell';
import { useSeatTable } from './useSeatTable';

export interface RosterGridProps {
  grid: Grid;
  holders: ReadonlyMap<string, RosterAssignment>;
  issues: ReadonlyMap<string, Violation[]>;
  staffById: ReadonlyMap<string, StaffMember>;
  specialDays: ReadonlyMap<string, SpecialDay[]>;
  lockedDays: ReadonlySet<string>;
  focusedSeat: string | null;
  /** Changes on each jump from a panel, so jumping again to the seat already focused still brings it into view. */
  jump: number;
  carriedSeat: string | null;
  /** Whose seats are marked (a bar clicked in the fairness chart), or null. */
  shownPerson: string | null;
  actions: SeatActions & { toggleDayLock(date: string): void };
  onSeatKey(seatId: string, event: KeyboardEvent): void;
  /** Names pasted on a seat: that seat and the ones after it. */
  onSeatPaste(seatId: string, text: string): void;
}

/** Below this a seat's name no longer fits; wider patterns scroll sideways instead. */
const MIN_SHIFT_WIDTH = 160;
const DAY_WIDTH = 112;

const shiftOfSeat = (seatId: string | null) => seatId?.split('/').slice(0, 2).join('/') ?? null;

/** Days down, shifts across; each cell stacks its seats. Keys are handled once here for every seat. */
export function RosterGrid({ grid, holders, issues, staffById, specialDays, lockedDays, focusedSeat, jump, carriedSeat, shownPerson, actions, onSeatKey, onSeatPaste }: RosterGridProps) {
  const { t } = useI18n();
  const events = useSeatTable(focusedSeat, jump, onSeatKey, onSeatPaste);
  const tabStop = focusedSeat ?? grid.order[0] ?? null;
  const focusShift = shiftOfSeat(tabStop);
  const carriedShift = shiftOfSeat(carriedSeat);

  return (
    <table {...events} className="roster-grid" aria-label={t('roster.grid.label')} style={{ minWidth: DAY_WIDTH + grid.columns.length * MIN_SHIFT_WIDTH }}>
      <colgroup>
        <col style={{ width: DAY_WIDTH }} />
        {grid.columns.map((c) => (
          <col key={c.templateId} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner">{t('roster.grid.day')}</th>
          {grid.columns.map((c) => (
            <th key={c.templateId} scope="col">
              <div>{c.label}</div>
              <div className="column-time">{`${c.start}–${c.end}`}</div>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row) => (
          <tr key={row.date} data-date={row.date}>
            <DayHeader date={row.date} marks={specialDays.get(row.date)} locked={lockedDays.has(row.date)} onToggleLock={actions.toggleDayLock} />
            {row.cells.map((cell, c) =>
              cell ? (
                <ShiftCell
                  key={cell.shift.id}
                  cell={cell}
                  column={grid.columns[c]!}
                  holders={holders}
                  issues={issues}
                  staffById={staffById}
                  focusedSeat={focusShift === cell.shift.id ? tabStop : null}
                  carriedSeat={carriedShift === cell.shift.id ? carriedSeat : null}
                  shownPerson={shownPerson}
                  actions={actions}
                />
              ) : (
                <td key={c} className="shift-cell outside" title={t('roster.grid.noShift')} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { memo } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import type { CompactLine as Line } from '../../../../shared/roster/compact-grid';
import type { GridColumn, SeatPosition } from '../../../../shared/roster/grid';
import type { RosterAssignment, RosterSeat } from '../../../../shared/roster/problem';
import { seatUnchanged } from './seat-unchanged';
import type { StaffMember } from '../../../../shared/staff/schema';
import { useI18n } from '../../i18n/I18nContext';
import { SeatButton, type SeatActions } from './SeatButton';

export interface CompactLineProps {
  line: Line;
  /** The line's shift, whose head the first line of a shift draws over `shiftLines` lines. */
  column: GridColumn;
  shiftLines: number;
  /** The line's seat on each day, null where that day has none. */
  seats: readonly (RosterSeat | null)[];
  /** The grid's seat places: a seat's place within its shift names it. */
  positions: ReadonlyMap<string, SeatPosition>;
  holders: ReadonlyMap<string, RosterAssignment>;
  issues: ReadonlyMap<string, readonly Violation[]>;
  staffById: ReadonlyMap<string, StaffMember>;
  /** The seat in the tab order (the focused one, else the first). */
  tabStop: string | null;
  carriedSeat: string | null;
  shownPerson: string | null;
  actions: SeatActions;
}

/** An edit changes one or two seats of a thousand: a line is drawn again only when one of its own seats changed holder, problems, focus or carry. */
function sameLine(a: CompactLineProps, b: CompactLineProps): boolean {
  if (
    a.line !== b.line ||
    a.seats !== b.seats ||
    a.column !== b.column ||
    a.positions !== b.positions ||
    a.shiftLines !== b.shiftLines ||
    a.staffById !== b.staffById ||
    a.actions !== b.actions ||
    a.shownPerson !== b.shownPerson
  )
    return false;
  return a.seats.every((seat) => !seat || (seatUnchanged(a, b, seat.id) && (a.tabStop === seat.id) === (b.tabStop === seat.id) && (a.carriedSeat === seat.id) === (b.carriedSeat === seat.id)));
}

/** One seat of the pattern across every day of the duty window. */
export const CompactLine = memo(function CompactLine({ line, column, shiftLines, seats, positions, holders, issues, staffById, tabStop, carriedSeat, shownPerson, actions }: CompactLineProps) {
  const { t } = useI18n();
  return (
    <tr className={line.first ? 'shift-start' : undefined}>
      {line.first && (
        <th scope="rowgroup" rowSpan={shiftLines} className="compact-shift">
          <div>{column.label}</div>
          <div className="column-time">{`${column.start}–${column.end}`}</div>
        </th>
      )}
      <th scope="row" className="compact-seat" title={line.label}>
        {line.label}
      </th>
      {seats.map((seat, d) => {
        if (!seat) return <td key={d} className="shift-cell outside" title={t('roster.grid.noShift')} />;
        const holder = holders.get(seat.id);
        return (
          <td key={d} className="compact-cell">
            <SeatButton
              seat={seat}
              shiftLabel={column.label}
              index={positions.get(seat.id)!.index + 1}
              holder={holder}
              person={holder && staffById.get(holder.staffId)}
              issues={issues.get(seat.id)}
              focused={tabStop === seat.id}
              carried={carriedSeat === seat.id}
              shown={!!holder && holder.staffId === shownPerson}
              compact
              actions={actions}
            />
          </td>
        );
      })}
    </tr>
  );
}, sameLine);

import { memo } from 'react';
import type { Violation } from '../../../../shared/roster/check';
import type { GridCell, GridColumn } from '../../../../shared/roster/grid';
import type { RosterAssignment } from '../../../../shared/roster/problem';
import { seatUnchanged } from './seat-unchanged';
import { vnClock } from '../../../../shared/roster/words';
import type { StaffMember } from '../../../../shared/staff/schema';
import { SeatButton, type SeatActions } from './SeatButton';

export interface ShiftCellProps {
  cell: GridCell;
  column: GridColumn;
  holders: ReadonlyMap<string, RosterAssignment>;
  issues: ReadonlyMap<string, Violation[]>;
  staffById: ReadonlyMap<string, StaffMember>;
  /** The focused seat when it is in this cell, else null, so other cells see no change. */
  focusedSeat: string | null;
  carriedSeat: string | null;
  shownPerson: string | null;
  actions: SeatActions;
}

/** An edit touches one or two cells of hundreds: a cell re-renders only when one of its own seats changed. */
function sameCell(a: ShiftCellProps, b: ShiftCellProps): boolean {
  if (a.cell !== b.cell || a.focusedSeat !== b.focusedSeat || a.carriedSeat !== b.carriedSeat || a.shownPerson !== b.shownPerson || a.staffById !== b.staffById || a.actions !== b.actions)
    return false;
  return a.cell.seats.every((s) => seatUnchanged(a, b, s.id));
}

export const ShiftCell = memo(function ShiftCell({ cell, column, holders, issues, staffById, focusedSeat, carriedSeat, shownPerson, actions }: ShiftCellProps) {
  const { shift } = cell;
  const start = vnClock(shift.start);
  const end = vnClock(shift.end);
  // The window cuts the first and last shifts; say when this one is shorter than its column.
  const clipped = start !== column.start || end !== column.end;
  const problem = cell.seats.some((s) => issues.has(s.id));
  return (
    <td className={problem ? 'shift-cell has-problem' : 'shift-cell'} data-shift-id={shift.id}>
      {clipped && <div className="shift-clipped">{`${start}–${end}`}</div>}
      {cell.seats.map((seat, i) => {
        const holder = holders.get(seat.id);
        return (
          <SeatButton
            key={seat.id}
            seat={seat}
            shiftLabel={column.label}
            index={i + 1}
            holder={holder}
            person={holder && staffById.get(holder.staffId)}
            issues={issues.get(seat.id)}
            focused={focusedSeat === seat.id}
            carried={carriedSeat === seat.id}
            shown={!!holder && holder.staffId === shownPerson}
            actions={actions}
          />
        );
      })}
    </td>
  );
}, sameCell);

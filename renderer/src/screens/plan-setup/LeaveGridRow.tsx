import { memo } from 'react';
import { formatDate } from '../../../../shared/i18n/dates';
import { markOn, type DayMark } from '../../../../shared/plan/leave-grid';
import type { Participant } from '../../../../shared/plan/schema';
import { useI18n } from '../../i18n/I18nContext';

export interface Cell {
  row: number;
  day: number;
}

// Đ (đêm) is a Vietnamese letter: the English UI shows it as D, the key that also types it.
const SHOWN: Record<DayMark, string | null> = { N: 'N', Đ: null, '+': '+', '−': '−', partial: '·', '': '' };
/** A mark's name: its words (setup.grid.mark.*) and its cell's class. */
const NAME = { N: 'away', Đ: 'noNight', '+': 'prefer', '−': 'avoid', partial: 'partial', '': 'none' } as const satisfies Record<DayMark, string>;

/**
 * One person's line of the leave grid. Its own component, kept (memo) while its person, focus and
 * selection stay the same: a mark typed renders the lines it changed, not the whole grid.
 * `focusDay` and `selectedFrom`–`selectedTo` are this line's share of the grid's focus and selection,
 * as numbers so that memo sees them unchanged (-1, and an empty range, when the line has none).
 */
export const LeaveGridRow = memo(function LeaveGridRow({
  participant,
  row,
  name,
  title,
  days,
  focusDay,
  selectedFrom,
  selectedTo,
  dragging,
  onCellDown,
  onCellEnter,
}: {
  participant: Participant;
  row: number;
  name: string;
  title: string | undefined;
  days: readonly string[];
  focusDay: number;
  selectedFrom: number;
  selectedTo: number;
  dragging: boolean;
  onCellDown: (cell: Cell, extend: boolean) => void;
  onCellEnter: (cell: Cell) => void;
}) {
  const { t } = useI18n();
  return (
    <tr data-leave-row={participant.staffId}>
      <th scope="row" className="person-col" title={title}>
        {name}
      </th>
      {days.map((date, day) => {
        const mark = markOn(participant, date);
        const cell = { row, day };
        return (
          <td
            key={date}
            role="gridcell"
            data-cell={`${row}:${day}`}
            data-date={date}
            tabIndex={focusDay === day ? 0 : -1}
            aria-selected={day >= selectedFrom && day <= selectedTo}
            aria-label={`${name}, ${formatDate(date)}: ${t(`setup.grid.mark.${NAME[mark]}`)}`}
            className={`mark-cell mark-${NAME[mark]}`}
            onMouseDown={(e) => onCellDown(cell, e.shiftKey)}
            onMouseEnter={() => dragging && onCellEnter(cell)}
          >
            {SHOWN[mark] ?? t('setup.grid.symbol.noNight')}
          </td>
        );
      })}
    </tr>
  );
});

import type { CompactLayout } from '../../../../shared/roster/compact-grid';
import type { RosterGridProps } from './RosterGrid';
import { DayHeader } from './DayHeader';
import { CompactLine } from './CompactLine';
import { useI18n } from '../../i18n/I18nContext';
import { useSeatTable } from './useSeatTable';

interface CompactGridProps extends RosterGridProps {
  layout: CompactLayout;
}

/** The day column's least width: a short name and its marks still fit. */
const DAY_MIN = 52;
const HEAD_WIDTH = 136;

/**
 * The whole duty window on one screen: days across, one line per seat down, short names (the
 * full name on hover). The same seats, keys and drag as the day-by-day grid.
 */
export function CompactGrid({ grid, layout, holders, issues, staffById, specialDays, lockedDays, focusedSeat, jump, carriedSeat, shownPerson, actions, onSeatKey, onSeatPaste }: CompactGridProps) {
  const { t } = useI18n();
  const events = useSeatTable(focusedSeat, jump, onSeatKey, onSeatPaste);
  const tabStop = focusedSeat ?? grid.order[0] ?? null;
  const shiftLines = (column: number) => layout.lines.filter((l) => l.column === column).length;
  return (
    <table {...events} className="roster-grid compact-grid" aria-label={t('roster.compact.label')} style={{ minWidth: HEAD_WIDTH + layout.days.length * DAY_MIN }}>
      <colgroup>
        <col className="compact-shift-col" />
        <col className="compact-seat-col" />
        {layout.days.map((d) => (
          <col key={d} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" colSpan={2}>
            {t('roster.compact.corner', { year: layout.days[0]?.slice(0, 4) ?? '' })}
          </th>
          {layout.days.map((date) => (
            <DayHeader key={date} date={date} marks={specialDays.get(date)} locked={lockedDays.has(date)} onToggleLock={actions.toggleDayLock} compact />
          ))}
        </tr>
      </thead>
      <tbody>
        {layout.lines.map((line, i) => (
          <CompactLine
            key={`${line.column}|${line.seatKey}`}
            line={line}
            column={grid.columns[line.column]!}
            shiftLines={shiftLines(line.column)}
            seats={layout.cells[i]!}
            positions={grid.positions}
            holders={holders}
            issues={issues}
            staffById={staffById}
            tabStop={tabStop}
            carriedSeat={carriedSeat}
            shownPerson={shownPerson}
            actions={actions}
          />
        ))}
      </tbody>
    </table>
  );
}

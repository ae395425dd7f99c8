import { useMemo } from 'react';
import { formatDate, formatWeekday } from '../../../../shared/i18n/dates';
import type { Assignments } from '../../../../shared/roster/edit';
import type { FairnessReport } from '../../../../shared/roster/fairness';
import type { RosterGrid } from '../../../../shared/roster/grid';
import type { RosterLookup } from '../../../../shared/roster/lookup';
import type { RosterSeat, RosterShift } from '../../../../shared/roster/problem';
import { vnClock } from '../../../../shared/roster/words';
import { compareVietnameseNames } from '../../../../shared/staff/normalize';
import { useI18n } from '../../i18n/I18nContext';
import { FairnessCells, FairnessHeaders, type FairnessColumn } from './fairness-columns';
import { RoleBadges } from './RoleBadges';

interface PersonViewProps {
  grid: RosterGrid;
  lookup: RosterLookup;
  assignments: Assignments;
  report: FairnessReport;
  /** Seats with a problem; their chips are marked. */
  issueSeats: ReadonlyMap<string, unknown>;
  onGo(seatId: string): void;
}

interface Held {
  seat: RosterSeat;
  shift: RosterShift;
}

const COLUMNS: FairnessColumn[] = ['shifts', 'hours', 'nights', 'special', 'load', 'diff'];

/** Each person's shifts along the period, one column a day, with their fairness figures at the end. */
export function PersonView({ grid, lookup, assignments, report, issueSeats, onGo }: PersonViewProps) {
  const { t, language } = useI18n();
  const held = useMemo(() => {
    const byPerson = new Map<string, Map<string, Held[]>>();
    for (const a of assignments) {
      const seat = lookup.seat(a.seatId);
      const shift = seat && lookup.shift(seat.shiftId);
      if (!seat || !shift) continue;
      const days = byPerson.get(a.staffId) ?? new Map<string, Held[]>();
      days.set(
        shift.date,
        [...(days.get(shift.date) ?? []), { seat, shift }].sort((x, y) => x.shift.start - y.shift.start),
      );
      byPerson.set(a.staffId, days);
    }
    return byPerson;
  }, [assignments, lookup]);
  const people = useMemo(() => [...report.people].sort((a, b) => a.roles[0]!.localeCompare(b.roles[0]!) || compareVietnameseNames(a.name, b.name)), [report]);
  const dates = grid.rows.map((r) => r.date);

  return (
    <div className="person-view-wrap">
      <table className="person-view" aria-label={t('roster.view.people')}>
        <thead>
          <tr>
            <th className="person-col">{t('roster.fairness.name')}</th>
            {dates.map((d) => (
              <th key={d} className="day-col" title={formatDate(d)}>
                <div>{formatWeekday(d, language)}</div>
                <div className="column-time">{formatDate(d).slice(0, 5)}</div>
              </th>
            ))}
            <FairnessHeaders columns={COLUMNS} />
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const days = held.get(p.staffId);
            return (
              <tr key={p.staffId} data-staff-id={p.staffId}>
                <th scope="row" className="person-col">
                  <RoleBadges roles={p.roles} />
                  {p.name}
                </th>
                {dates.map((d) => (
                  <td key={d} className="day-col">
                    {days?.get(d)?.map(({ seat, shift }) => (
                      <button
                        key={seat.id}
                        type="button"
                        className={['shift-chip', shift.night && 'night', shift.specialKinds.length > 0 && 'special', issueSeats.has(seat.id) && 'problem'].filter(Boolean).join(' ')}
                        title={t('roster.people.shiftTitle', { shift: shift.label, time: `${vnClock(shift.start)}–${vnClock(shift.end)}`, date: formatDate(shift.date), seat: seat.label })}
                        onClick={() => onGo(seat.id)}
                      >
                        {vnClock(shift.start).slice(0, 2)}h
                      </button>
                    ))}
                  </td>
                ))}
                <FairnessCells person={p} columns={COLUMNS} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { ReactNode } from 'react';
import type { VersionDiff } from '../../../../shared/plan/diff';
import { changesByShift } from '../../../../shared/plan/diff-by-shift';
import { formatDate, formatDateLong } from '../../../../shared/i18n/dates';
import type { RosterGrid } from '../../../../shared/roster/grid';
import type { RosterLookup } from '../../../../shared/roster/lookup';
import { useI18n } from '../../i18n/I18nContext';

interface VersionDiffViewProps {
  diff: VersionDiff;
  title: string;
  grid: RosterGrid;
  lookup: RosterLookup;
}

/** What changed between two versions, by shift (who replaced whom where) and by person (whom to tell). */
export function VersionDiffView({ diff, title, grid, lookup }: VersionDiffViewProps) {
  const { t, language } = useI18n();
  const names = new Map(diff.people.map((p) => [p.staffId, p.name]));
  const name = (id: string) => <strong>{names.get(id) ?? id}</strong>;
  const shiftLabel = (templateId: string) => grid.columns.find((c) => c.templateId === templateId)?.label ?? templateId;
  const seatLabel = (seatId: string) => lookup.seat(seatId)?.label ?? seatId.split('/')[2];
  const when = (seatId: string) => {
    const [date = '', templateId = ''] = seatId.split('/');
    return `${shiftLabel(templateId)} ${formatDate(date)}`;
  };
  const change = (before: string | null, after: string | null): ReactNode => {
    if (before && after)
      return (
        <>
          {name(before)} → {name(after)}
        </>
      );
    if (after)
      return (
        <>
          {t('roster.diff.added')} {name(after)}
        </>
      );
    return (
      <>
        {t('roster.diff.removed')} {name(before!)}
      </>
    );
  };

  return (
    <section className="version-diff" aria-label={title}>
      <h3>{title}</h3>
      {diff.windowChanged && <p className="warn">{t('roster.diff.windowChanged')}</p>}
      {diff.seats.length === 0 ? (
        <p className="hint">{t('roster.diff.none')}</p>
      ) : (
        <>
          <h4>{t('roster.diff.bySeat')}</h4>
          {changesByShift(diff).map((group) => (
            <div key={group.shiftId} className="diff-shift">
              <div className="diff-when">
                {formatDateLong(group.date, language)} · {shiftLabel(group.templateId)}
              </div>
              <ul>
                {group.seats.map((s) => (
                  <li key={s.seatId} className={s.before && s.after ? 'diff-replaced' : s.after ? 'diff-added' : 'diff-removed'}>
                    {seatLabel(s.seatId)}: {change(s.before, s.after)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <h4>{t('roster.diff.people')}</h4>
          <ul className="diff-people">
            {diff.people.map((p) => (
              <li key={p.staffId}>
                <strong>{p.name}</strong>
                {p.added.length > 0 && <span className="diff-added"> {t('roster.diff.personAdded', { list: p.added.map(when).join(', ') })}</span>}
                {p.removed.length > 0 && <span className="diff-removed"> {t('roster.diff.personRemoved', { list: p.removed.map(when).join(', ') })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

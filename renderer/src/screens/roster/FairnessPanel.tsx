import { memo, useMemo } from 'react';
import type { FairnessReport } from '../../../../shared/roster/fairness';
import { useI18n } from '../../i18n/I18nContext';
import { FairnessCells, FairnessHeaders, type FairnessColumn } from './fairness-columns';
import { RoleBadges } from './RoleBadges';
import { useNumber } from './useNumber';

/** What fits beside the grid; the per-person view has every figure. */
const COLUMNS: FairnessColumn[] = ['shifts', 'load', 'diff'];

/** The balance score and who carries most, most loaded first, against their role's average. */
export const FairnessPanel = memo(function FairnessPanel({ report }: { report: FairnessReport }) {
  const { t } = useI18n();
  const number = useNumber();
  const people = useMemo(() => [...report.people].sort((a, b) => b.relativeLoad - a.relativeLoad || a.name.localeCompare(b.name, 'vi')), [report]);
  return (
    <section className="fairness-panel" aria-label={t('roster.tabs.fairness')}>
      <p className="balance">
        <span>{t('roster.fairness.score')}</span>
        <strong data-testid="balance-score">{number(report.balanceScore)}</strong>
        <span className="hint">/ 100</span>
      </p>
      <p className="hint">{t('roster.fairness.scoreHint')}</p>
      <p className="hint">{t('roster.fairness.more')}</p>
      <table className="table fairness-table">
        <thead>
          <tr>
            <th>{t('roster.fairness.name')}</th>
            <FairnessHeaders columns={COLUMNS} />
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.staffId}>
              <td className="fairness-name">
                <RoleBadges roles={p.roles} />
                {p.name}
              </td>
              <FairnessCells person={p} columns={COLUMNS} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

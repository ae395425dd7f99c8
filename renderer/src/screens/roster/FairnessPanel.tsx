import { memo, useMemo } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
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
        <strong data-testid="balance-score">{Math.floor(report.balanceScore)}</strong>
        <span className="hint">/ 100</span>
      </p>
      <table className="table role-balance" aria-label={t('roster.fairness.byRole')}>
        <thead>
          <tr>
            <th>{t('roster.fairness.role')}</th>
            <th className="num" title={t('roster.fairness.largestHint')}>
              {t('roster.fairness.largest')}
            </th>
            <th className="num" title={t('roster.fairness.bestHint')}>
              {t('roster.fairness.best')}
            </th>
            <th className="num">{t('roster.fairness.roleScore')}</th>
          </tr>
        </thead>
        <tbody>
          {report.roles.map((r) => (
            <tr key={r.role} data-testid={`balance-${r.role}`}>
              <td className="role-name">
                <RoleBadges roles={[r.role]} />
                {t(`roster.fairness.roleName.${r.role}` as MessageKey)}
              </td>
              <td className="num">{number(r.largest)}</td>
              <td className="num">{number(r.best)}</td>
              <td className="num">{Math.floor(r.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
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

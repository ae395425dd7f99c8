import { memo, useMemo } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { FairnessReport } from '../../../../shared/roster/fairness';
import { useI18n } from '../../i18n/I18nContext';
import { useNumber } from './useNumber';

/** The fairness report, most loaded first: who carries more than their role's average, and how much. */
export const FairnessPanel = memo(function FairnessPanel({ report }: { report: FairnessReport }) {
  const { t } = useI18n();
  const number = useNumber();
  const people = useMemo(() => [...report.people].sort((a, b) => b.relativeLoad - a.relativeLoad || a.name.localeCompare(b.name, 'vi')), [report]);
  return (
    <section className="fairness-panel" aria-label={t('roster.tabs.fairness')}>
      <p className="balance" title={t('roster.fairness.scoreHint')}>
        <span>{t('roster.fairness.score')}</span>
        <strong data-testid="balance-score">{number(report.balanceScore)}</strong>
        <span className="hint">/ 100</span>
      </p>
      <p className="hint">{t('roster.fairness.scoreHint')}</p>
      <table className="table fairness-table">
        <thead>
          <tr>
            <th>{t('roster.fairness.name')}</th>
            <th className="num">{t('roster.fairness.shifts')}</th>
            <th className="num">{t('roster.fairness.hours')}</th>
            <th className="num">{t('roster.fairness.nights')}</th>
            <th className="num" title={t('roster.fairness.specialHint')}>{t('roster.fairness.special')}</th>
            <th className="num" title={t('roster.fairness.loadHint')}>{t('roster.fairness.load')}</th>
            <th className="num" title={t('roster.fairness.diffHint')}>{t('roster.fairness.diff')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const diffs = Object.values(p.diffFromRoleAverage);
            const diff = diffs.length ? diffs.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a)) : null;
            return (
              <tr key={p.staffId}>
                <td>
                  {p.name}
                  <span className="hint"> · {p.roles.map((r) => t(`roster.roleName.${r}` as MessageKey)).join(', ')}</span>
                </td>
                <td className="num">{p.shifts}</td>
                <td className="num">{number(p.hours)}</td>
                <td className="num">{p.nights}</td>
                <td className="num">{p.giaoThua + p.mung1}</td>
                <td className="num">{number(p.relativeLoad)}</td>
                <td className={`num ${diff === null ? '' : diff > 0.05 ? 'above' : diff < -0.05 ? 'below' : ''}`}>
                  {diff === null ? '—' : `${diff > 0 ? '+' : ''}${number(diff)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});

import { memo, useMemo } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { FairnessReport } from '../../../../shared/roster/fairness';
import { fairnessChart } from '../../../../shared/roster/fairness-chart';
import { legendSample } from '../../../../shared/roster/fairness-drawing';
import { SvgPicture } from '../../components/SvgPicture';
import type { RosterProblem } from '../../../../shared/roster/problem';
import { useI18n } from '../../i18n/I18nContext';
import { FairnessChart } from './FairnessChart';
import { FairnessCells, FairnessHeaders, type FairnessColumn } from './fairness-columns';
import { RoleBadges } from './RoleBadges';
import { useNumber } from './useNumber';

/** What fits beside the grid; the per-person view has every figure. */
const COLUMNS: FairnessColumn[] = ['shifts', 'load', 'diff'];

/**
 * The balance score, the chart of each role's loads, and who carries most, most loaded first,
 * against their role's average. A bar of the chart shows that person's seats in the grid.
 */
export const FairnessPanel = memo(function FairnessPanel({
  report,
  problem,
  shown,
  onShow,
}: {
  report: FairnessReport;
  problem: RosterProblem;
  shown: string | null;
  onShow: (staffId: string) => void;
}) {
  const { t } = useI18n();
  const number = useNumber();
  const people = useMemo(() => [...report.people].sort((a, b) => b.relativeLoad - a.relativeLoad || a.name.localeCompare(b.name, 'vi')), [report]);
  const charts = useMemo(() => fairnessChart(report, problem), [report, problem]);
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
      {charts.map((chart) => (
        <FairnessChart key={chart.role} chart={chart} shown={shown} onShow={onShow} />
      ))}
      {charts.length > 0 && <ChartLegend />}
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

/** The line styles and the words beside the bars, said once under the charts. */
function ChartLegend() {
  const { t } = useI18n();
  return (
    <p className="fairness-charts-legend">
      <span>
        <SvgPicture node={legendSample('average')} />
        {t('roster.chart.legend.average')}
      </span>
      <span>
        <SvgPicture node={legendSample('best')} />
        {t('roster.chart.legend.best')}
      </span>
      <span>{t('roster.chart.legend.marks')}</span>
      <span>{t('roster.chart.legend.click')}</span>
    </p>
  );
}

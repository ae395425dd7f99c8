import { memo, useMemo } from 'react';
import { fairnessDrawing } from '../../../../shared/roster/fairness-drawing';
import type { RoleChart } from '../../../../shared/roster/fairness-chart';
import { chartFigure } from '../../../../shared/roster/fairness-figure';
import { SvgPicture } from '../../components/SvgPicture';
import { useI18n } from '../../i18n/I18nContext';

/**
 * The fairness table as a picture, one chart per role (shared/roster/fairness-drawing.ts, which the
 * printed annex draws too). A bar is a button: it shows that person's shifts in the grid.
 */
export const FairnessChart = memo(function FairnessChart({ chart, shown, onShow }: { chart: RoleChart; shown: string | null; onShow: (staffId: string) => void }) {
  const { t, language } = useI18n();
  const figure = useMemo(() => chartFigure(chart, language), [chart, language]);
  const drawing = useMemo(
    () => fairnessDrawing(figure, { shown, label: (row) => t('roster.chart.bar', { name: row.name, load: row.value, shifts: row.shifts, marks: row.note || t('roster.chart.noMarks') }) }),
    [figure, shown, t],
  );
  return (
    <figure className="fairness-chart" data-role={chart.role}>
      <figcaption>{figure.caption}</figcaption>
      <SvgPicture node={drawing} pickBy="data-staff-id" onPick={onShow} />
    </figure>
  );
});

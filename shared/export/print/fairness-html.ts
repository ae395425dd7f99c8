import { svgMarkup } from '../../drawing/svg-node';
import { translate } from '../../i18n';
import type { RoleChart } from '../../roster/fairness-chart';
import { fairnessDrawing, legendSample } from '../../roster/fairness-drawing';
import { chartFigure } from '../../roster/fairness-figure';
import type { FairnessAnnex } from '../roster-document';
import { escapeHtml } from './escape';

/**
 * The Công bằng tab's picture on paper, one figure per role with its caption, and the legend of the
 * line styles and marks under them: what any printed document shows of fairness (the roster's
 * annex, the after-holiday report).
 */
export function fairnessChartsHtml(charts: readonly RoleChart[]): string {
  const figures = charts.map((chart) => {
    const figure = chartFigure(chart, 'vi');
    return `<figure class="fairness-figure" data-role="${chart.role}"><figcaption>${escapeHtml(figure.caption)}</figcaption>${svgMarkup(fairnessDrawing(figure))}</figure>`;
  });
  const legend = [
    `<span>${svgMarkup(legendSample('average'))} ${escapeHtml(translate('vi', 'roster.chart.legend.average'))}</span>`,
    `<span>${svgMarkup(legendSample('best'))} ${escapeHtml(translate('vi', 'roster.chart.legend.best'))}</span>`,
    `<span>${escapeHtml(translate('vi', 'roster.chart.legend.marks'))}</span>`,
  ];
  return `${figures.join('\n')}<p class="fairness-legend">${legend.join(' ')}</p><p class="fairness-legend">${escapeHtml(translate('vi', 'exports.annex.load'))}</p>`;
}

/** Decree 30's annex after the signature: "Phụ lục", its title, what it is attached to, then the picture. */
export function fairnessAnnexHtml(annex: FairnessAnnex): string {
  return `<section class="annex">
<p class="annex-label">${escapeHtml(translate('vi', 'exports.annex.label'))}</p>
<p class="annex-title">${escapeHtml(translate('vi', 'exports.annex.title'))}</p>
<p class="annex-reference">${escapeHtml(annex.reference)}</p>
${fairnessChartsHtml(annex.charts)}
</section>`;
}

import { memo, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { barMarks, type RoleChart } from '../../../../shared/roster/fairness-chart';
import { useI18n } from '../../i18n/I18nContext';
import { useNumber } from './useNumber';

const WIDTH = 740;
const NAME_WIDTH = 150;
const NOTE_WIDTH = 250;
const PLOT = WIDTH - NAME_WIDTH - NOTE_WIDTH;
const ROW = 20;
const TOP = 30;
const BOTTOM = 18;

/**
 * The fairness table as a picture, one chart per role: a bar per person (availability-relative
 * load), the role's average as a dashed line and the best achievable as a solid one, night and
 * Giao thừa/Mùng 1 shifts and the carried-over history in words beside each bar. Black, white and
 * greys with line styles, so it reads printed in black and white. A bar is a button: it shows
 * that person's shifts in the grid.
 */
export const FairnessChart = memo(function FairnessChart({ chart, shown, onShow }: { chart: RoleChart; shown: string | null; onShow: (staffId: string) => void }) {
  const { t, language } = useI18n();
  const number = useNumber(1);
  const signed = useNumber(2);
  const x = (value: number) => NAME_WIDTH + (PLOT * value) / chart.max;
  const height = TOP + chart.bars.length * ROW + BOTTOM;
  const roleName = t(`roster.fairness.roleName.${chart.role}` as MessageKey);
  const key = (staffId: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onShow(staffId);
  };
  return (
    <figure className="fairness-chart" data-role={chart.role}>
      <figcaption>{t('roster.chart.caption', { role: roleName, average: number(chart.average), best: number(chart.best) })}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-label={t('roster.chart.label', { role: roleName })}>
        {chart.ticks.map((tick) => (
          <g key={tick} className="chart-tick">
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - BOTTOM} stroke="#d0d4dc" />
            <text x={x(tick)} y={height - 4} textAnchor="middle" fontSize="10" fill="#333">
              {number(tick)}
            </text>
          </g>
        ))}
        {chart.bars.map((bar, i) => {
          const y = TOP + i * ROW;
          const picked = shown === bar.staffId;
          const carried =
            bar.carried &&
            [bar.carried.loadBalance ? `${bar.carried.loadBalance > 0 ? '+' : ''}${signed(bar.carried.loadBalance)}` : '', barMarks({ ...bar.carried, nights: 0 }, language)]
              .filter(Boolean)
              .join(' · ');
          const note = [barMarks(bar, language), carried ? t('roster.chart.carried', { text: carried }) : ''].filter(Boolean).join('  ');
          return (
            <g
              key={bar.staffId}
              className={picked ? 'chart-bar shown' : 'chart-bar'}
              data-staff-id={bar.staffId}
              role="button"
              tabIndex={0}
              aria-pressed={picked}
              aria-label={t('roster.chart.bar', { name: bar.name, load: number(bar.value), shifts: bar.shifts, marks: note || t('roster.chart.noMarks') })}
              onClick={() => onShow(bar.staffId)}
              onKeyDown={key(bar.staffId)}
            >
              <title>{`${bar.name}: ${number(bar.value)}`}</title>
              <rect x={0} y={y} width={WIDTH} height={ROW} fill={picked ? '#e8ecf3' : 'transparent'} />
              <text x={NAME_WIDTH - 6} y={y + 14} textAnchor="end" fontSize="11" fontWeight={picked ? 700 : 400} fill="#111">
                {bar.name}
              </text>
              <rect x={NAME_WIDTH} y={y + 4} width={Math.max(0, x(bar.value) - NAME_WIDTH)} height={ROW - 8} fill={picked ? '#333' : '#a7aebb'} stroke="#111" strokeWidth={0.8} />
              {/* The figure right of the plot, clear of the lines drawn over the bars. */}
              <text x={WIDTH - NOTE_WIDTH + 36} y={y + 14} textAnchor="end" fontSize="10" fontWeight={700} fill="#111">
                {number(bar.value)}
              </text>
              <text x={WIDTH - NOTE_WIDTH + 44} y={y + 14} fontSize="10" fill="#111">
                {note}
              </text>
            </g>
          );
        })}
        <line className="chart-average" x1={x(chart.average)} x2={x(chart.average)} y1={TOP - 6} y2={height - BOTTOM} stroke="#111" strokeWidth={1.5} strokeDasharray="5 3" />
        <line className="chart-best" x1={x(chart.best)} x2={x(chart.best)} y1={TOP - 6} y2={height - BOTTOM} stroke="#111" strokeWidth={2.5} />
        <text x={x(chart.average)} y={TOP - 18} textAnchor="middle" fontSize="10" fill="#111">
          {t('roster.chart.average')}
        </text>
        <text x={x(chart.best)} y={TOP - 8} textAnchor="middle" fontSize="10" fontWeight={700} fill="#111">
          {t('roster.chart.best')}
        </text>
      </svg>
    </figure>
  );
});

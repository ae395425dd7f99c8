import type { MessageKey } from '../../../../shared/i18n';
import type { PersonFairness } from '../../../../shared/roster/fairness';
import { useI18n } from '../../i18n/I18nContext';
import { useNumber } from './useNumber';

/** The figures of a person's fairness line; the side panel shows a few, the per-person view all. */
export type FairnessColumn = 'shifts' | 'hours' | 'nights' | 'special' | 'load' | 'diff';

const HEADER: Record<FairnessColumn, [MessageKey, MessageKey | null]> = {
  shifts: ['roster.fairness.shifts', null],
  hours: ['roster.fairness.hours', null],
  nights: ['roster.fairness.nights', null],
  special: ['roster.fairness.special', 'roster.fairness.specialHint'],
  load: ['roster.fairness.load', 'roster.fairness.loadHint'],
  diff: ['roster.fairness.diff', 'roster.fairness.diffHint'],
};

/** Below what one decimal shows; without it a tiny negative difference reads "-0". */
const NEGLIGIBLE = 0.05;

/** The difference that matters for a person in two role groups is the larger one. */
function roleDiff(p: PersonFairness): number | null {
  const diffs = Object.values(p.diffFromRoleAverage);
  if (!diffs.length) return null;
  const diff = diffs.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
  return Math.abs(diff) < NEGLIGIBLE ? 0 : diff;
}

export function FairnessHeaders({ columns }: { columns: FairnessColumn[] }) {
  const { t } = useI18n();
  return columns.map((c) => {
    const [label, hint] = HEADER[c];
    return (
      <th key={c} className="num" title={hint ? t(hint) : undefined}>
        {t(label)}
      </th>
    );
  });
}

export function FairnessCells({ person: p, columns }: { person: PersonFairness; columns: FairnessColumn[] }) {
  const number = useNumber();
  const diff = roleDiff(p);
  const value: Record<FairnessColumn, string | number> = {
    shifts: p.shifts,
    hours: number(p.hours),
    nights: p.nights,
    special: p.giaoThua + p.mung1,
    load: number(p.relativeLoad),
    diff: diff === null ? '—' : `${diff > 0 ? '+' : ''}${number(diff)}`,
  };
  return columns.map((c) => (
    <td key={c} className={c === 'diff' && diff ? `num ${diff > 0 ? 'above' : 'below'}` : 'num'}>
      {value[c]}
    </td>
  ));
}

import { memo } from 'react';
import type { Rules, Weights } from '../../../../shared/plan/schema';
import type { MessageKey } from '../../../../shared/i18n';
import { NIGHT_MINUTES, nightWeightFactor } from '../../../../shared/plan/night-work';
import { useI18n } from '../../i18n/I18nContext';
import { ParsedInput, parseDecimal } from '../../components/ParsedInput';
import { useNumber } from '../roster/useNumber';

const WEIGHT_KEYS = ['night', 'holiday', 'giaoThua', 'mung1', 'standbyFactor'] as const satisfies readonly (keyof Weights)[];
const RULE_KEYS = ['minRestHours', 'restAfter24hHours', 'maxShiftsPerPerson', 'maxHoursPerPerson', 'maxConsecutiveNights'] as const satisfies readonly (keyof Rules)[];
/** Limits that may be switched off (left empty); the rest always have a value. */
const NULLABLE = new Set<keyof Rules>(['maxShiftsPerPerson', 'maxHoursPerPerson', 'maxConsecutiveNights']);
const INTEGER = new Set<keyof Rules>(['maxShiftsPerPerson', 'maxConsecutiveNights']);

/**
 * A number field that only reports numbers the plan accepts, written the reader's way (1,5 in
 * Vietnamese; a point is read as the decimal mark too); anything else is marked for the user to
 * finish. Not `type="number"`: Chromium shows and reads that in the browser's locale.
 */
function NumberField({
  label,
  value,
  step,
  min,
  max,
  nullable,
  placeholder,
  onChange,
}: {
  label: string;
  value: number | null;
  step: number;
  min: number;
  max?: number;
  nullable?: boolean;
  placeholder?: string;
  onChange: (v: number | null) => void;
}) {
  const { t } = useI18n();
  const number = useNumber(3);
  const parse = (text: string) => {
    if (text.trim() === '') return nullable ? '' : null;
    const n = parseDecimal(text);
    return n !== null && n >= min && (max === undefined || n <= max) && (step !== 1 || Number.isInteger(n)) ? String(n) : null;
  };
  const range = max === undefined ? t('common.numberFrom', { min: number(min) }) : t('common.numberBetween', { min: number(min), max: number(max) });
  return (
    <label>
      {label}
      <ParsedInput
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        value={value === null ? '' : String(value)}
        format={(v) => (v === '' ? '' : number(Number(v)))}
        parse={parse}
        placeholder={placeholder}
        invalidMessage={range}
        title={range}
        onValue={(v) => onChange(v === '' ? null : Number(v))}
      />
    </label>
  );
}

export const WeightsRulesSection = memo(function WeightsRulesSection({
  weights,
  rules,
  onWeights,
  onRules,
}: {
  weights: Weights;
  rules: Rules;
  onWeights: (w: Weights) => void;
  onRules: (r: Rules) => void;
}) {
  const { t } = useI18n();
  const number = useNumber(3);
  const night = (minutes: number) => number(nightWeightFactor(minutes, weights.night));
  return (
    <div className="two-cards">
      <section className="card" aria-labelledby="setup-weights">
        <h2 id="setup-weights">{t('setup.weights.title')}</h2>
        <div className="grid-2">
          {WEIGHT_KEYS.map((key) => (
            <NumberField
              key={key}
              label={t(`setup.weights.${key}` as MessageKey)}
              value={weights[key]}
              step={0.1}
              min={0.1}
              max={key === 'standbyFactor' ? 1 : 10}
              onChange={(v) => v !== null && onWeights({ ...weights, [key]: v })}
            />
          ))}
        </div>
        <p className="hint">{t('setup.weights.hint')}</p>
        <p className="hint" data-testid="night-weight-rule">
          {t('setup.weights.nightHint', { full: night(NIGHT_MINUTES), six: night(360), one: night(60) })}
        </p>
      </section>
      <section className="card" aria-labelledby="setup-rules">
        <h2 id="setup-rules">{t('setup.rules.title')}</h2>
        <div className="grid-2">
          {RULE_KEYS.map((key) => (
            <NumberField
              key={key}
              label={t(`setup.rules.${key}` as MessageKey)}
              value={rules[key]}
              step={INTEGER.has(key) ? 1 : 0.5}
              min={NULLABLE.has(key) ? 1 : 0}
              max={key === 'minRestHours' ? 72 : key === 'restAfter24hHours' ? 96 : undefined}
              nullable={NULLABLE.has(key)}
              placeholder={t('setup.rules.noLimit')}
              onChange={(v) => onRules({ ...rules, [key]: v })}
            />
          ))}
        </div>
        <p className="hint">{t('setup.rules.hint')}</p>
      </section>
    </div>
  );
});

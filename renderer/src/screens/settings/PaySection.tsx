import { DAY_KINDS } from '../../../../shared/calendar/day-kind';
import { defaultPayRule, payClassOf, PayScheme, type PayRule } from '../../../../shared/settings/pay-rule';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/I18nContext';

/** The unit's pay scheme and its percentage per kind of day, day and night, as the timesheet uses them. */
export function PaySection({ pay, onChange }: { pay: PayRule; onChange: (pay: PayRule) => void }) {
  const { t } = useI18n();
  const setPercent = (key: string, value: number) => onChange({ ...pay, percent: { ...pay.percent, [key]: value } });
  return (
    <fieldset className="card pay-rule">
      <legend>{t('settings.pay')}</legend>
      <p className="hint">{t('settings.pay.hint')}</p>
      <label>
        {t('settings.pay.scheme')}
        <select value={pay.scheme} onChange={(e) => onChange(defaultPayRule(PayScheme.parse(e.target.value)))}>
          {PayScheme.options.map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(`settings.pay.scheme.${scheme}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">
        {t('settings.pay.source')} {t(`settings.pay.source.${pay.scheme}`)}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('settings.pay.kind')}</th>
            <th>{t('settings.pay.day')}</th>
            <th>{t('settings.pay.night')}</th>
          </tr>
        </thead>
        <tbody>
          {DAY_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`settings.pay.kind.${kind}` as MessageKey)}</th>
              {[false, true].map((night) => {
                const key = payClassOf(kind, night);
                return (
                  <td key={key}>
                    <input
                      type="number"
                      min={0}
                      max={1000}
                      step={1}
                      aria-label={`${t(`settings.pay.kind.${kind}` as MessageKey)} — ${t(night ? 'settings.pay.night' : 'settings.pay.day')}`}
                      value={pay.percent[key] ?? 0}
                      onChange={(e) => setPercent(key, Number(e.target.value))}
                    />{' '}
                    %
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange(defaultPayRule(pay.scheme))}>
        {t('settings.pay.reset')}
      </button>
    </fieldset>
  );
}

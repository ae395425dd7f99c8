import type { DutyWindow } from '../../../../shared/plan/schema';
import { useI18n } from '../../i18n/I18nContext';

/** The start and end of a duty window, in Vietnam time; shared by every form that sets one. */
export function WindowFields({ value, onChange }: { value: DutyWindow; onChange: (window: DutyWindow) => void }) {
  const { t } = useI18n();
  return (
    <>
      <div className="row">
        <label>
          {t('plans.form.start')}
          <input type="datetime-local" required value={value.start} onChange={(e) => onChange({ ...value, start: e.target.value })} />
        </label>
        <label>
          {t('plans.form.end')}
          <input type="datetime-local" required value={value.end} onChange={(e) => onChange({ ...value, end: e.target.value })} />
        </label>
      </div>
      <p className="hint">{t('plans.form.zoneNote')}</p>
    </>
  );
}

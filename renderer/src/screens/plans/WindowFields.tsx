import { formatDateTime, formatDateTimeLong } from '../../../../shared/i18n/dates';
import { LocalDateTime } from '../../../../shared/time/local';
import type { DutyWindow } from '../../../../shared/plan/schema';
import { ParsedInput, parseDateTime } from '../../components/ParsedInput';
import { useI18n } from '../../i18n/I18nContext';

/** The weekday with the date, so a slip of one day shows before the plan is made. */
function ReadBack({ value }: { value: string }) {
  const { language } = useI18n();
  return <span className="read-back">{LocalDateTime.safeParse(value).success ? formatDateTimeLong(value, language) : '\u00a0'}</span>;
}

/**
 * The start and end of a duty window, in Vietnam time, typed `dd/MM/yyyy HH:mm` whatever the
 * browser's locale (its date-time picker showed 02/13/2026, 05:00 PM in an English Chromium);
 * shared by every form that sets one.
 */
export function WindowFields({ value, onChange }: { value: DutyWindow; onChange: (window: DutyWindow) => void }) {
  const { t } = useI18n();
  const field = (end: 'start' | 'end') => (
    <label>
      {t(`plans.form.${end}`)}
      <ParsedInput
        className="datetime"
        required
        placeholder="dd/mm/yyyy hh:mm"
        value={value[end]}
        format={(v) => (v ? formatDateTime(v) : '')}
        parse={parseDateTime}
        invalidMessage={t('common.dateTimeInvalid')}
        onValue={(v) => onChange({ ...value, [end]: v })}
      />
      <ReadBack value={value[end]} />
    </label>
  );
  return (
    <>
      <div className="row">
        {field('start')}
        {field('end')}
      </div>
      <p className="hint">{t('plans.form.zoneNote')}</p>
    </>
  );
}

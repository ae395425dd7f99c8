import { useState, type FormEvent } from 'react';
import type { CreatePlanInput } from '../../../../shared/api/plans';
import { dutyWindowFor, type WorkdayHours } from '../../../../shared/calendar/duty-window';
import { holidayPlanInput, periodLength } from '../../../../shared/calendar/holiday-plan';
import { holidayName, type Holiday } from '../../../../shared/calendar/holidays';
import { planTitleFor } from '../../../../shared/calendar/plan-title';
import { formatDateLong } from '../../../../shared/i18n/dates';
import { FormFooter } from '../../components/FormFooter';
import { useSubmit } from '../../components/useSubmit';
import { useI18n } from '../../i18n/I18nContext';
import { HolidayStatus } from './HolidayStatus';
import { WindowFields } from './WindowFields';

interface Props {
  holiday: Holiday;
  hours: WorkdayHours;
  onCreate: (input: CreatePlanInput) => Promise<void>;
  onCancel: () => void;
}

/** What a plan from this holiday will be, every proposal editable, created with one click. */
export function HolidayPreview({ holiday, hours, onCreate, onCancel }: Props) {
  const { t, language } = useI18n();
  const [dutyWindow, setDutyWindow] = useState(() => dutyWindowFor(holiday, hours));
  const [title, setTitle] = useState(() => planTitleFor(holiday));
  const { busy, error, setError, run } = useSubmit();
  const day = (date: string) => formatDateLong(date, language);
  const { first, last } = holiday.daysOff;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dutyWindow.end <= dutyWindow.start) return setError(t('plans.form.errorEnd'));
    void run(() => onCreate(holidayPlanInput(holiday, dutyWindow, title.trim())));
  }

  return (
    <form className="holiday-preview form" onSubmit={submit} aria-label={holidayName(holiday, language)}>
      <h3>
        {holidayName(holiday, language)} {holiday.year}
      </h3>
      <HolidayStatus official={holiday.status === 'official'} />
      <p>{t('calendar.preset.daysOff', { period: first === last ? day(first) : `${day(first)} → ${day(last)}`, count: periodLength(holiday.daysOff) })}</p>
      {holiday.swaps.map((swap) => (
        <p key={swap.off} className="hint">
          {t('calendar.preset.swap', { off: day(swap.off), worked: day(swap.worked) })}
        </p>
      ))}
      <label>
        {t('calendar.preset.name')}
        <input required value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('calendar.preset.window')}</legend>
        <WindowFields value={dutyWindow} onChange={setDutyWindow} />
        <p className="hint">{t('calendar.preset.windowHint', { end: hours.endOfWorkday, start: hours.startOfWorkday })}</p>
      </fieldset>
      <FormFooter error={error} busy={busy} submitLabel={t('calendar.preset.create')} onCancel={onCancel} />
    </form>
  );
}

import { memo } from 'react';
import { formatLunarDayShort } from '../../../../shared/calendar/lunar-format';
import { MAX_YEAR, MIN_YEAR, solarToLunar } from '../../../../shared/calendar/lunar';
import { formatDate, formatWeekday, formatWeekdayNarrow } from '../../../../shared/i18n/dates';
import type { SpecialDay } from '../../../../shared/plan/schema';
import { weekdayOf } from '../../../../shared/time/local';
import { DayMarks } from '../../components/DayMarks';
import { useI18n } from '../../i18n/I18nContext';
import { LockIcon } from './LockIcon';

interface DayHeaderProps {
  date: string;
  marks: SpecialDay[] | undefined;
  /** Every held seat of the day is locked. */
  locked: boolean;
  onToggleLock(date: string): void;
  /** A column's head in the compact view: the year left to the tooltip, to fit a narrow column. */
  compact?: boolean;
}

const lunarOf = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR ? formatLunarDayShort(solarToLunar(date)) : null;
};

/** A row's head: weekday, solar and lunar date, the day's special marks, and its lock. */
export const DayHeader = memo(function DayHeader({ date, marks, locked, onToggleLock, compact = false }: DayHeaderProps) {
  const { t, language } = useI18n();
  const lunar = lunarOf(date);
  const weekend = [0, 6].includes(weekdayOf(date));
  return (
    <th
      scope={compact ? 'col' : 'row'}
      className={['day-header', weekend && 'weekend', compact && 'compact'].filter(Boolean).join(' ')}
      data-date={compact ? date : undefined}
      title={compact ? formatDate(date) : undefined}
    >
      <div className="day-line">
        <span className="day-weekday">{compact ? formatWeekdayNarrow(date, language) : formatWeekday(date, language)}</span>
        <button
          type="button"
          className={locked ? 'day-lock on' : 'day-lock'}
          aria-pressed={locked}
          title={t(locked ? 'roster.grid.unlockDay' : 'roster.grid.lockDay', { date: formatDate(date) })}
          aria-label={t(locked ? 'roster.grid.unlockDay' : 'roster.grid.lockDay', { date: formatDate(date) })}
          onClick={() => onToggleLock(date)}
        >
          <LockIcon open={!locked} />
        </button>
      </div>
      <div className="day-solar">{compact ? formatDate(date).slice(0, 5) : formatDate(date)}</div>
      {lunar && <div className="day-lunar">{t('roster.grid.lunar', { date: lunar })}</div>}
      {marks && <DayMarks marks={marks} />}
    </th>
  );
});

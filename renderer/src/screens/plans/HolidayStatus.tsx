import { holidaysOfYear } from '../../../../shared/calendar/holidays';
import type { HolidayKey } from '../../../../shared/plan/schema';
import type { Language } from '../../../../shared/settings/schema';
import { useI18n } from '../../i18n/I18nContext';

// The names do not depend on the year; any supported year gives them all.
const ENGLISH_NAMES = Object.fromEntries(holidaysOfYear(2000).map((h) => [h.key, h.nameEn])) as Record<HolidayKey, string>;

/** A holiday's name in the UI language; plans keep the Vietnamese one. */
export function holidayName(holiday: { key: HolidayKey; name: string }, language: Language): string {
  return language === 'en' ? ENGLISH_NAMES[holiday.key] : holiday.name;
}

/** Official or proposed, with what that means for the user: a proposal must be checked. */
export function HolidayStatus({ official }: { official: boolean }) {
  const { t } = useI18n();
  return (
    <span className="holiday-status">
      <span className={`badge ${official ? 'badge-official' : 'badge-proposed'}`}>{t(official ? 'calendar.status.official' : 'calendar.status.proposed')}</span>
      <span className={official ? 'hint' : 'warn'}>{t(official ? 'calendar.status.officialHint' : 'calendar.status.proposedHint')}</span>
    </span>
  );
}

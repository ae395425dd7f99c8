import { useI18n } from '../../i18n/I18nContext';

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

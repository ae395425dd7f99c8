import type { ShiftPageView } from '../../../../shared/duty-log/shift-page';
import { useI18n } from '../../i18n/I18nContext';
import { clockOf, shiftTitle } from './words';

/** What the previous shift handed over, at the top of the page the next shift opens. */
export function IncomingHandover({ incoming }: { incoming: NonNullable<ShiftPageView['incoming']> }) {
  const { t, language } = useI18n();
  const signed = incoming.handover.signedOff;
  return (
    <section className="banner banner-info incoming" aria-label={t('dutyLog.incoming')}>
      <strong>{t('dutyLog.incoming')}</strong> <span className="hint">({shiftTitle(incoming.from, language)})</span>
      <p className="handover-text">{incoming.handover.text}</p>
      <p className="hint">{signed ? t('dutyLog.incoming.signed', { name: signed.name, at: clockOf(signed.at) }) : t('dutyLog.incoming.unsigned')}</p>
    </section>
  );
}

import { useI18n } from '../../i18n/I18nContext';

/** Above the grid: who is being moved with the keyboard (else the keys' hint), and whose shifts the fairness chart marks. */
export function RosterBanners({ carriedName, shown, onUnshow }: { carriedName: string | null; shown: { name: string; count: number } | null; onUnshow(): void }) {
  const { t } = useI18n();
  return (
    <>
      {carriedName !== null ? (
        <p className="carry-banner" role="status">
          {t('roster.carrying', { name: carriedName })}
        </p>
      ) : (
        <p className="hint keys">{t('roster.keys')}</p>
      )}
      {shown && (
        <p className="shown-banner" role="status">
          <span>{t('roster.chart.shown', shown)}</span>
          <button onClick={onUnshow}>{t('roster.chart.unshow')}</button>
        </p>
      )}
    </>
  );
}

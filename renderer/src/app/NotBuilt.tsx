import { useI18n } from '../i18n/I18nContext';

/** Areas that do not exist yet say so plainly instead of showing fake content. */
export function NotBuilt({ area, ready }: { area: string; ready: string[] }) {
  const { t } = useI18n();
  return (
    <section className="screen">
      <h1>{area}</h1>
      <div className="empty-state">
        <h2>{t('area.notBuilt.title')}</h2>
        <p>{t('area.notBuilt.body', { area, ready: ready.join(', ') })}</p>
      </div>
    </section>
  );
}

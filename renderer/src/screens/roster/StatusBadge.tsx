import type { PlanStatus } from '../../../../shared/plan/schema';
import { useI18n } from '../../i18n/I18nContext';

/** Draft, or published as version N, and whether the working copy has moved on since. */
export function StatusBadge({ status, version, changed }: { status: PlanStatus; version: number | null; changed: boolean }) {
  const { t } = useI18n();
  return (
    <div className="roster-status" data-testid="roster-status">
      {status === 'published' && version !== null ? (
        <span className="badge badge-published">{t('roster.status.published', { version })}</span>
      ) : (
        <span className="badge badge-draft">{t('roster.status.draft')}</span>
      )}
      {version !== null && changed && <span className="badge badge-changed">{t('roster.status.changed')}</span>}
    </div>
  );
}

import { formatDateTime, formatEpoch } from '../../../../shared/i18n/dates';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { useAttempt } from '../../components/useAttempt';
import { useTrash } from '../../data/usePlans';
import { useI18n } from '../../i18n/I18nContext';

/**
 * Thùng rác: deleted plans stay restorable after the undo notice is gone, with their duty log and
 * reminder history. Shown only when something is in it.
 */
export function TrashSection() {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const { data: trashed, reload } = useTrash();
  const attempt = useAttempt(reload);
  if (!trashed?.length) return null;

  const restore = (id: string) =>
    attempt(async () => {
      const plan = await api.call('plans:restore', { id });
      notify({ kind: 'info', text: t('plans.trash.restored', { name: plan.name }) });
    });

  return (
    <details className="card trash" data-testid="trash">
      <summary>
        <h2>{t('plans.trash.title', { count: trashed.length })}</h2>
      </summary>
      <p className="hint">{t('plans.trash.hint')}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t('plans.col.name')}</th>
            <th>{t('plans.col.period')}</th>
            <th>{t('plans.col.status')}</th>
            <th>{t('plans.trash.deletedAt')}</th>
            <th>{t('plans.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {trashed.map((plan) => (
            <tr key={plan.id}>
              <td>{plan.name}</td>
              <td className="period">
                {formatDateTime(plan.window.start)} → {formatDateTime(plan.window.end)}
              </td>
              <td>{plan.latestVersion === null ? t('plans.status.draft') : t('plans.status.published', { version: plan.latestVersion })}</td>
              <td>{formatEpoch(Date.parse(plan.deletedAt))}</td>
              <td>
                <button type="button" onClick={() => void restore(plan.id)}>
                  {t('plans.trash.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

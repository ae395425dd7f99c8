import { memo } from 'react';
import type { HistoryEntry, HistorySource } from '../../../../shared/plan/schema';
import type { StaffMember } from '../../../../shared/staff/schema';
import { compareVietnameseNames } from '../../../../shared/staff/normalize';
import { useI18n } from '../../i18n/I18nContext';
import { useNumber } from '../roster/useNumber';

/**
 * What people carried in earlier published plans: the generator gives fewer Giao thừa / Mùng 1
 * shifts and less load to whoever carried more. The IT head sees it and may start afresh.
 */
export const HistorySection = memo(function HistorySection({ history, sources, staff, onReset }: { history: HistoryEntry[]; sources: HistorySource[]; staff: StaffMember[]; onReset: () => void }) {
  const { t } = useI18n();
  const number = useNumber(2);
  const signed = (value: number) => (value > 0 ? `+${number(value)}` : number(value));
  const names = new Map(staff.map((m) => [m.id, m.fullName]));
  const rows = history
    .filter((h) => h.giaoThua || h.mung1 || h.loadBalance)
    .map((h) => ({ ...h, name: names.get(h.staffId) ?? h.staffId }))
    .sort((a, b) => compareVietnameseNames(a.name, b.name));
  return (
    <section className="card" aria-labelledby="setup-history">
      <header className="section-header">
        <h2 id="setup-history">{t('setup.history.title')}</h2>
        {rows.length > 0 && (
          <button className="danger" onClick={() => window.confirm(t('setup.history.confirmReset')) && onReset()}>
            {t('setup.history.reset')}
          </button>
        )}
      </header>
      <p className="hint">{t('setup.history.hint')}</p>
      {sources.length > 0 && <p className="hint">{t('setup.history.sources', { plans: sources.map((source) => `${source.name} (${t(`setup.history.basis.${source.basis}`)})`).join('; ') })}</p>}
      {rows.length === 0 ? (
        <p>{t('setup.history.empty')}</p>
      ) : (
        <table className="table history-table">
          <thead>
            <tr>
              <th>{t('setup.history.person')}</th>
              <th>{t('setup.history.giaoThua')}</th>
              <th>{t('setup.history.mung1')}</th>
              <th>{t('setup.history.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.staffId}>
                <td>{r.name}</td>
                <td>{r.giaoThua}</td>
                <td>{r.mung1}</td>
                <td className={r.loadBalance > 0 ? 'over' : undefined}>{signed(r.loadBalance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});

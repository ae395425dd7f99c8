import type { Reminder } from '../../../../shared/reminders/schema';
import { useI18n } from '../../i18n/I18nContext';
import { ReminderCells } from './ReminderRow';
import { when } from './when';

const SHOWN = 12;

export function UpcomingTable({ reminders }: { reminders: Reminder[] }) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{t('reminders.upcoming')}</h2>
      {reminders.length === 0 ? (
        <p className="hint">{t('reminders.upcoming.empty')}</p>
      ) : (
        <table className="table" aria-label={t('reminders.upcoming')}>
          <thead>
            <tr>
              <th>{t('reminders.col.when')}</th>
              <th>{t('reminders.col.kind')}</th>
              <th>{t('reminders.col.to')}</th>
              <th>{t('reminders.col.content')}</th>
            </tr>
          </thead>
          <tbody>
            {reminders.slice(0, SHOWN).map((r) => (
              <tr key={r.key}>
                <td className="period">{when(r.at, language)}</td>
                <ReminderCells reminder={r} detail={<div className="hint reminder-body">{r.body.split('\n')[0]}</div>} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reminders.length > SHOWN && <p className="hint">{t('reminders.upcoming.more', { n: reminders.length - SHOWN })}</p>}
    </section>
  );
}

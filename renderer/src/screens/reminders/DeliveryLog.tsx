import type { LogEntry } from '../../../../shared/reminders/schema';
import { useI18n } from '../../i18n/I18nContext';
import { ReminderCells } from './ReminderRow';
import { REMINDER_COLUMNS, TableCard } from './TableCard';
import { when } from './when';

const SHOWN = 25;

/** What was sent, and what was not: uncertain, missed and failed ones with their reasons. */
export function DeliveryLog({ entries }: { entries: LogEntry[] }) {
  const { t, say, language } = useI18n();
  return (
    <TableCard title="reminders.log" empty="reminders.log.empty" columns={[...REMINDER_COLUMNS, 'reminders.col.status']} count={entries.length}>
      {entries.slice(0, SHOWN).map((e) => (
        <tr key={e.reminder.key}>
          <td className="period">{when(Date.parse(e.updatedAt), language)}</td>
          <ReminderCells reminder={e.reminder} />
          <td className="status">
            <span className={`badge status-${e.status}`}>{t(`reminders.status.${e.status}`)}</span>
            {e.groupedWith > 1 && <div className="hint">{t('reminders.grouped', { n: e.groupedWith })}</div>}
            {e.reason && <div className="hint reason">{say(e.reason)}</div>}
            {e.status === 'retrying' && e.nextAttemptAt !== null && <div className="hint">{t('reminders.retryAt', { attempt: e.attempts, time: when(e.nextAttemptAt, language) })}</div>}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}

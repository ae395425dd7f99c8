import type { Reminder } from '../../../../shared/reminders/schema';
import { useI18n } from '../../i18n/I18nContext';
import { ReminderCells } from './ReminderRow';
import { REMINDER_COLUMNS, TableCard } from './TableCard';
import { when } from './when';

const SHOWN = 12;

export function UpcomingTable({ reminders }: { reminders: Reminder[] }) {
  const { t, language } = useI18n();
  const more = reminders.length > SHOWN ? <p className="hint">{t('reminders.upcoming.more', { n: reminders.length - SHOWN })}</p> : null;
  return (
    <TableCard title="reminders.upcoming" empty="reminders.upcoming.empty" columns={REMINDER_COLUMNS} count={reminders.length} footer={more}>
      {reminders.slice(0, SHOWN).map((r) => (
        <tr key={r.key}>
          <td className="period">{when(r.at, language)}</td>
          <ReminderCells reminder={r} detail={<div className="hint reminder-body">{r.body.split('\n')[0]}</div>} />
        </tr>
      ))}
    </TableCard>
  );
}

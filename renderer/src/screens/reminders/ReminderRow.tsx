import type { ReactNode } from 'react';
import type { Reminder } from '../../../../shared/reminders/schema';
import { useI18n } from '../../i18n/I18nContext';
import { kindKey } from './when';

/** The cells every reminder table shares: kind, recipient and what it says. */
export function ReminderCells({ reminder, detail }: { reminder: Reminder; detail?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <td>
        <span className={`badge badge-kind-${reminder.kind}`}>{t(kindKey(reminder))}</span>
      </td>
      <td>
        <div className="nowrap">{reminder.personName ?? t('reminders.to.thisComputer')}</div>
        <div className="hint nowrap">{t(`reminders.channel.${reminder.channel}`)}</div>
      </td>
      <td>
        <div className="reminder-title">{reminder.title}</div>
        {detail}
      </td>
    </>
  );
}

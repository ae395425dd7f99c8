import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { useErrorText } from '../../components/useErrorText';
import { useMailSettings } from '../../data/useMailSettings';
import { useReminderLog } from '../../data/useReminderLog';
import { useRemindersStatus } from '../../data/useRemindersStatus';
import { useUpcomingReminders } from '../../data/useUpcomingReminders';
import { useI18n } from '../../i18n/I18nContext';
import { BrowserModeNotice } from './BrowserModeNotice';
import { DeliveryLog } from './DeliveryLog';
import { MailSettingsForm } from './MailSettingsForm';
import { PublishedPlans } from './PublishedPlans';
import { UpcomingTable } from './UpcomingTable';

/** "Nhắc nhở": what will be told, what was told, and the settings that decide both. */
export function RemindersScreen() {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const status = useRemindersStatus();
  const upcoming = useUpcomingReminders();
  const log = useReminderLog();
  const mail = useMailSettings();

  async function testNotification() {
    try {
      await api.call('reminders:testNotification', undefined);
      notify({ kind: 'info', text: t('reminders.test.done') });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  }

  const error = status.error ?? upcoming.error ?? log.error ?? mail.error;
  return (
    <section className="screen reminders">
      <header className="screen-header">
        <div>
          <h1>{t('reminders.title')}</h1>
          {status.data && <p className="hint">{status.data.thisIsMe ? t('reminders.audience.me', { name: status.data.thisIsMe.name }) : t('reminders.audience.head')}</p>}
        </div>
        <button type="button" onClick={testNotification}>
          {t('reminders.test')}
        </button>
      </header>
      <div className="banner banner-info" role="note">
        {t('reminders.offNote')}
      </div>
      <BrowserModeNotice />
      {error && <p className="error">{error}</p>}
      {status.data && status.data.doubleBookings.length > 0 && (
        <div className="banner banner-warning" role="alert">
          <strong>{t('reminders.doubleBooked.title', { count: status.data.doubleBookings.length })}</strong>
          <ul>
            {status.data.doubleBookings.slice(0, 10).map((d, i) => (
              <li key={i}>{t('reminders.doubleBooked.item', { name: d.fullName, first: d.first.what, firstPlan: d.first.planName, second: d.second.what, secondPlan: d.second.planName })}</li>
            ))}
          </ul>
        </div>
      )}
      {status.data && <PublishedPlans plans={status.data.plans} mailReady={status.data.mailReady} />}
      {upcoming.data && <UpcomingTable reminders={upcoming.data} />}
      {log.data && <DeliveryLog entries={log.data} />}
      {mail.data && <MailSettingsForm initial={mail.data} onSaved={mail.setData} />}
    </section>
  );
}

import type { Services } from '../../electron/services/app';
import { FakeTimer, RecordingMailer, RecordingNotifier } from './reminders';
import { fakeClock, tempServices, type TempServices, type TempServicesOptions } from './services';

export interface ReminderServices extends TempServices {
  timer: FakeTimer;
  notifier: RecordingNotifier;
  mailer: RecordingMailer;
}

/**
 * tempServices whose reminders run on the fake clock: nothing fires until the test runs time
 * forward (`timer.runUntil`), and every notification and mail is recorded instead of shown or sent.
 */
export function reminderServices({ now, ...options }: Omit<TempServicesOptions, 'timer' | 'notifier' | 'mailer'> = {}): ReminderServices {
  const clock = options.clock ?? fakeClock(now === undefined ? undefined : new Date(now));
  const timer = new FakeTimer(clock);
  const notifier = new RecordingNotifier();
  const mailer = new RecordingMailer();
  return { ...tempServices({ ...options, clock, timer, notifier, mailer }), timer, notifier, mailer };
}

/** The unit's mail server set up, so reminders go out by mail (into the recording mailer) as well as on the desktop. */
export const setUpMail = (services: Services) => services.mailSettings.update({ host: 'smtp.ttcntt.example.vn', senderAddress: 'lichtruc@ttcntt.example.vn' });

/** Everything the user has been told so far: each mail by its id, then each desktop notification by its text. */
export const told = ({ mailer, notifier }: Pick<ReminderServices, 'mailer' | 'notifier'>): string[] => [...mailer.sent.map((m) => m.messageId), ...notifier.shown.map((n) => `${n.title}|${n.body}`)];

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

import { AppError } from '../../shared/errors/app-error';
import { msg } from '../../shared/i18n/message';
import type { Notifier } from '../services/adapters';
import type { EventStreams } from './event-stream';

/**
 * Browser mode's notifications: the open page shows each as a Web Notification (the permission is
 * asked once, on the Nhắc nhở screen), and the terminal that runs the server prints it too. With no
 * page open it was not shown on screen, and the reminder log says so.
 */
export function webNotifier(streams: EventStreams, print: (line: string) => void): Notifier {
  return {
    show({ title, body, target }) {
      print(`🔔 ${title} — ${body}`);
      if (streams.size === 0) throw new AppError('INTERNAL', msg('reminders.reason.noBrowserTab'));
      streams.emit('notification', { title, body, target });
    },
  };
}

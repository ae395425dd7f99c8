import { Notification, type BrowserWindow } from 'electron';
import type { AppEvents } from '../shared/api/events';
import type { EventSink, Notifier, NotificationTarget } from './services/adapters';

/** Brings the window forward, un-hiding it from the tray. */
export function reveal(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** A shift's reminder opens that shift's page of the duty log; anything else the Nhắc nhở screen. */
const placeOf = (target: NotificationTarget | null): AppEvents['navigate'] =>
  target ? { area: 'log', planId: target.planId, ...(target.shiftId ? { shiftId: target.shiftId } : {}) } : { area: 'reminders' };

/** Native notifications; a click opens the shift's page of the duty log. */
export function desktopNotifier(window: () => BrowserWindow | null, events: EventSink): Notifier {
  // Held until clicked or closed: a collected Notification loses its click handler on some systems.
  const live = new Set<Notification>();
  return {
    show({ title, body, target }) {
      if (!Notification.isSupported()) throw new Error('hệ điều hành không hỗ trợ thông báo');
      const notification = new Notification({ title, body });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        reveal(window());
        events.emit('navigate', placeOf(target));
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}

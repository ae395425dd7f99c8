import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { navigate } from './route';

/**
 * Browser mode: the server's reminder engine asks the page to show each reminder; a click brings
 * the tab forward at that shift, as a click on the desktop app's notification opens its window.
 */
export function useWebNotifications(enabled: boolean) {
  const api = useApi();
  useEffect(() => {
    if (!enabled || !('Notification' in window)) return;
    return api.listen('notification', ({ title, body, target }) => {
      if (Notification.permission !== 'granted') return;
      const shown = new Notification(title, { body, tag: target ? `${target.planId}/${target.shiftId ?? ''}` : 'lich-truc' });
      shown.onclick = () => {
        window.focus();
        if (target) navigate('roster', target.planId, ...(target.shiftId ? [target.shiftId] : []));
        else navigate('reminders');
        shown.close();
      };
    });
  }, [api, enabled]);
}

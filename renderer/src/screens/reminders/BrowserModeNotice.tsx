import { useState } from 'react';
import { useHost } from '../../app/HostContext';
import { useI18n } from '../../i18n/I18nContext';

const permissionNow = () => ('Notification' in window ? Notification.permission : 'denied');

/**
 * What browser mode does differently from the desktop app, said where reminders are set up: no
 * tray and no start at login, reminders only while the server runs, and notifications only once the
 * browser allows them (asked here, once, on the user's click).
 */
export function BrowserModeNotice() {
  const host = useHost();
  const { t } = useI18n();
  const [permission, setPermission] = useState(permissionNow);
  if (host?.mode !== 'browser') return null;
  const ask = async () => setPermission(await Notification.requestPermission());
  return (
    <div className="banner banner-warning browser-mode-notice" role="note">
      <p>{t('host.browser.reminders')}</p>
      <p>
        {t(`host.browser.notifications.${permission}`)}{' '}
        {permission === 'default' && (
          <button type="button" onClick={() => void ask()}>
            {t('host.browser.notifications.allow')}
          </button>
        )}
      </p>
    </div>
  );
}

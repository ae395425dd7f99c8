import { useId, type ReactNode } from 'react';
import { useHost } from '../app/HostContext';
import { useI18n } from '../i18n/I18nContext';

/** Whose password it is: each form words the field its own way in the catalogue. */
type Texts = 'mail.password' | 'caldav.settings.password';

/**
 * A password stored in the OS keychain and never handed back to the page: the field starts empty
 * each time, says when one is stored (left empty, it is kept), is off where none can be stored,
 * and says where it is kept — a warning when only in memory until the app stops. `action` sits
 * beside the field (a button that stores it).
 */
export function PasswordField({
  texts,
  value,
  onChange,
  hasPassword,
  canStorePassword,
  action,
}: {
  texts: Texts;
  value: string;
  onChange: (value: string) => void;
  hasPassword: boolean;
  canStorePassword: boolean;
  action?: ReactNode;
}) {
  const { t } = useI18n();
  const host = useHost();
  const id = useId();
  return (
    <div className="field-block">
      <label htmlFor={id}>{t(texts)}</label>
      <div className="folder-row">
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          value={value}
          disabled={!canStorePassword}
          placeholder={hasPassword ? t(`${texts}.stored`) : ''}
          onChange={(e) => onChange(e.target.value)}
        />
        {action}
      </div>
      {!canStorePassword && <span className="hint warn">{t(`${texts}.unavailable`)}</span>}
      {canStorePassword && host && host.secrets !== 'none' && <span className={host.secrets === 'memory' ? 'hint warn' : 'hint'}>{t(`host.secrets.${host.secrets}`)}</span>}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import type { CaldavSettingsView, CaldavTrust } from '../../../../shared/caldav/settings';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { errorText, useAsync } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18nContext';

type TrustMode = CaldavTrust['mode'];
const MODES: TrustMode[] = ['system', 'ca', 'pin'];

/** The unit's CalDAV server; the password goes to the OS keychain and never comes back to this form. */
export function CaldavSettingsCard() {
  const api = useApi();
  const { data } = useAsync(() => api.call('caldav:settings:get', undefined), [api]);
  return data ? <CaldavSettingsForm initial={data} /> : null;
}

function CaldavSettingsForm({ initial }: { initial: CaldavSettingsView }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [view, setView] = useState(initial);
  const [url, setUrl] = useState(initial.url);
  const [user, setUser] = useState(initial.user);
  const [password, setPassword] = useState('');
  const [mode, setMode] = useState<TrustMode>(initial.trust.mode);
  const [caPem, setCaPem] = useState(initial.trust.mode === 'ca' ? initial.trust.caPem : '');
  const [pin, setPin] = useState(initial.trust.mode === 'pin' ? initial.trust.fingerprint : '');

  const trust = (): CaldavTrust => (mode === 'ca' ? { mode, caPem } : mode === 'pin' ? { mode, fingerprint: pin } : { mode });

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = await api.call('caldav:settings:update', { url, user, trust: trust(), ...(password ? { password } : {}) });
      setPassword('');
      setView(saved);
      notify({ kind: 'info', text: t('caldav.settings.saved'), cause: 'caldav:save' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'caldav:save' });
    }
  }

  async function test() {
    try {
      const { homeUrl, calendars } = await api.call('caldav:test', undefined);
      notify({ kind: 'info', text: t('caldav.settings.test.done', { home: homeUrl, count: calendars.length }), cause: 'caldav:test' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'caldav:test' });
    }
  }

  return (
    <form className="screen form card" onSubmit={save} aria-labelledby="caldav-title">
      <h2 id="caldav-title">{t('caldav.settings.title')}</h2>
      <div className="grid-2">
        <label>
          {t('caldav.settings.url')}
          <input type="url" value={url} placeholder="https://lich.donvi.gov.vn/" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          {t('caldav.settings.user')}
          <input value={user} autoComplete="username" onChange={(e) => setUser(e.target.value)} />
        </label>
        <label>
          {t('caldav.settings.password')}
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            disabled={!view.canStorePassword}
            placeholder={view.hasPassword ? t('caldav.settings.password.stored') : ''}
            onChange={(e) => setPassword(e.target.value)}
          />
          {!view.canStorePassword && <span className="hint warn">{t('caldav.settings.password.unavailable')}</span>}
        </label>
        <label>
          {t('caldav.settings.trust')}
          <select value={mode} onChange={(e) => setMode(e.target.value as TrustMode)}>
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`caldav.settings.trust.${m}`)}
              </option>
            ))}
          </select>
          <span className="hint">{t('caldav.settings.noIgnore')}</span>
        </label>
        {mode === 'ca' && (
          <label>
            {t('caldav.settings.ca')}
            {/* The file's content is sent, never its path. */}
            <input type="file" accept=".pem,.crt,.cer" onChange={async (e) => setCaPem((await e.target.files?.[0]?.text()) ?? '')} />
            {view.caSummary && <span className="hint">{view.caSummary}</span>}
          </label>
        )}
        {mode === 'pin' && (
          <label>
            {t('caldav.settings.pin')}
            <input value={pin} spellCheck={false} placeholder="AB:CD:…" onChange={(e) => setPin(e.target.value)} />
          </label>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('caldav.settings.save')}
        </button>
        <button type="button" disabled={!view.ready || !view.hasPassword} onClick={test}>
          {t('caldav.settings.test')}
        </button>
      </div>
    </form>
  );
}

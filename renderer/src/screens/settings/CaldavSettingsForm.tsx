import { useEffect, useRef, useState } from 'react';
import type { CaldavSettingsChanges, CaldavSettingsView, CaldavTrust } from '../../../../shared/caldav/settings';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { PasswordField } from '../../components/PasswordField';
import { SaveIndicator, useBeforeUnloadWhile } from '../../components/SaveIndicator';
import { usePatchAutosave } from '../../components/usePatchAutosave';
import { useErrorText } from '../../components/useErrorText';
import { useCaldavSettings } from '../../data/useCaldavSettings';
import { useI18n } from '../../i18n/I18nContext';

type TrustMode = CaldavTrust['mode'];
const MODES: TrustMode[] = ['system', 'ca', 'pin'];

/** The unit's CalDAV server; the password goes to the OS keychain and never comes back to this form. */
export function CaldavSettingsCard() {
  const { data } = useCaldavSettings();
  return data ? <CaldavSettingsForm initial={data} /> : null;
}

/**
 * Saved as it is edited, like the rest of Cài đặt — except the password, which is stored only by
 * its own button (or Enter): a password saved keystroke by keystroke would replace the working one
 * with each half-typed attempt, and the stored one can never be shown again to put back. The
 * address is saved when its field is left, since a new host forgets the stored password, and each
 * half-typed host would; a fingerprint, when it is complete enough to leave its field.
 */
function CaldavSettingsForm({ initial }: { initial: CaldavSettingsView }) {
  const errorText = useErrorText();
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
  const { status, save, flush } = usePatchAutosave<CaldavSettingsChanges>(async (changes) => {
    const saved = await api.call('caldav:settings:update', changes);
    setView(saved);
    if (changes.url !== undefined) setUrl((typed) => (typed === changes.url ? saved.url : typed));
  });
  useBeforeUnloadWhile(status.state !== 'saved' || password !== '');

  // A password typed and never stored is said to be dropped when the screen closes.
  const typed = useRef({ password, notify, t });
  typed.current = { password, notify, t };
  useEffect(
    () => () => {
      const { password, notify, t } = typed.current;
      if (password) notify({ kind: 'info', text: t('caldav.settings.password.dropped') });
    },
    [],
  );

  const commitUrl = () => {
    if (url.trim() === view.url) return;
    save({ url });
    void flush();
  };
  const chooseTrust = (next: TrustMode, values: { caPem?: string; pin?: string } = {}) => {
    setMode(next);
    const pem = values.caPem ?? caPem;
    const fingerprint = values.pin ?? pin;
    // A CA or a pin is saved once there is one to check against; until then the last trust stays.
    if (next === 'system') save({ trust: { mode: 'system' } });
    else if (next === 'ca' && pem) save({ trust: { mode: 'ca', caPem: pem } });
    else if (next === 'pin' && fingerprint.trim()) save({ trust: { mode: 'pin', fingerprint } });
  };

  async function savePassword() {
    commitUrl();
    save({ password });
    const failed = await flush();
    if (failed) return notify({ kind: 'error', text: failed, cause: 'caldav:password' });
    setPassword('');
    notify({ kind: 'info', text: t('caldav.settings.password.saved'), cause: 'caldav:password' });
  }

  async function test() {
    // What is tested is what the form shows.
    commitUrl();
    if (await flush()) return;
    try {
      const { homeUrl, calendars } = await api.call('caldav:test', undefined);
      notify({ kind: 'info', text: t('caldav.settings.test.done', { home: homeUrl, count: calendars.length }), cause: 'caldav:test' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'caldav:test' });
    }
  }

  return (
    <form
      className="screen form card"
      onSubmit={(e) => {
        e.preventDefault();
        if (password) void savePassword();
        else commitUrl();
      }}
      aria-labelledby="caldav-title"
    >
      <header className="card-header">
        <h2 id="caldav-title">{t('caldav.settings.title')}</h2>
        <SaveIndicator status={status} />
      </header>
      <div className="grid-2">
        <div className="field-block">
          <label htmlFor="caldav-url">{t('caldav.settings.url')}</label>
          <input id="caldav-url" type="url" value={url} placeholder="https://lich.donvi.gov.vn/" onChange={(e) => setUrl(e.target.value)} onBlur={commitUrl} />
          {/* Outside the label: the field is named by its label alone. */}
          <span className="hint">{t('caldav.settings.url.hint')}</span>
        </div>
        <label>
          {t('caldav.settings.user')}
          <input
            value={user}
            autoComplete="username"
            onChange={(e) => {
              setUser(e.target.value);
              save({ user: e.target.value });
            }}
          />
        </label>
        <PasswordField
          texts="caldav.settings.password"
          value={password}
          onChange={setPassword}
          hasPassword={view.hasPassword}
          canStorePassword={view.canStorePassword}
          action={
            <button type="submit" disabled={!password || !view.canStorePassword}>
              {t('caldav.settings.password.save')}
            </button>
          }
        />
        <label>
          {t('caldav.settings.trust')}
          <select value={mode} onChange={(e) => chooseTrust(e.target.value as TrustMode)}>
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
            <input
              type="file"
              accept=".pem,.crt,.cer"
              onChange={async (e) => {
                const pem = (await e.target.files?.[0]?.text()) ?? '';
                setCaPem(pem);
                chooseTrust('ca', { caPem: pem });
              }}
            />
            {view.caSummary && <span className="hint">{view.caSummary}</span>}
          </label>
        )}
        {mode === 'pin' && (
          <label>
            {t('caldav.settings.pin')}
            <input value={pin} spellCheck={false} placeholder="AB:CD:…" onChange={(e) => setPin(e.target.value)} onBlur={() => chooseTrust('pin')} />
          </label>
        )}
      </div>
      <div className="actions">
        <button type="button" disabled={!view.ready || !view.hasPassword} onClick={() => void test()}>
          {t('caldav.settings.test')}
        </button>
      </div>
    </form>
  );
}

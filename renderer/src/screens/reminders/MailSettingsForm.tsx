import { useState, type FormEvent } from 'react';
import type { MailSettingsView, SmtpSecurity } from '../../../../shared/mail/settings';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { PasswordField } from '../../components/PasswordField';
import { useErrorText } from '../../components/useErrorText';
import { useI18n } from '../../i18n/I18nContext';

const SECURITIES: SmtpSecurity[] = ['starttls', 'tls', 'none'];
type TextField = 'host' | 'user' | 'senderName' | 'senderAddress';

/** The unit's SMTP server; the password goes to the OS keychain, never back to this form. */
export function MailSettingsForm({ initial, onSaved }: { initial: MailSettingsView; onSaved: (view: MailSettingsView) => void }) {
  const errorText = useErrorText();
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [draft, setDraft] = useState(initial);
  const [password, setPassword] = useState('');
  const [testTo, setTestTo] = useState('');
  const text = (field: TextField, type = 'text') => (
    <label>
      {t(`mail.${field}`)}
      <input type={type} value={draft[field]} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
    </label>
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const { hasPassword: _h, canStorePassword: _c, ready: _r, ...settings } = draft;
      const saved = await api.call('mail:settings:update', { ...settings, ...(password ? { password } : {}) });
      setPassword('');
      setDraft(saved);
      onSaved(saved);
      notify({ kind: 'info', text: t('mail.saved'), cause: 'mail:save' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'mail:save' });
    }
  }

  async function test() {
    try {
      const { response } = await api.call('mail:test', { to: testTo });
      notify({ kind: 'info', text: t('mail.test.done', { response }), cause: 'mail:test' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'mail:test' });
    }
  }

  return (
    <form className="card form" onSubmit={save} aria-labelledby="mail-title">
      <h2 id="mail-title">{t('mail.title')}</h2>
      {!initial.ready && <p className="hint warn">{t('mail.notReady')}</p>}
      <div className="grid-2">
        {text('host')}
        <label>
          {t('mail.port')}
          <input type="number" min={1} max={65535} value={draft.port} onChange={(e) => setDraft({ ...draft, port: Number(e.target.value) })} />
        </label>
        <label>
          {t('mail.security')}
          <select value={draft.security} onChange={(e) => setDraft({ ...draft, security: e.target.value as SmtpSecurity })}>
            {SECURITIES.map((s) => (
              <option key={s} value={s}>
                {t(`mail.security.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {text('user')}
        <PasswordField texts="mail.password" value={password} onChange={setPassword} hasPassword={draft.hasPassword} canStorePassword={draft.canStorePassword} />
        {text('senderName')}
        {text('senderAddress', 'email')}
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('mail.save')}
        </button>
        <span className="inline">
          <input type="email" aria-label={t('mail.testTo')} placeholder={t('mail.testTo')} value={testTo} onChange={(e) => setTestTo(e.target.value)} />
          <button type="button" disabled={!initial.ready || !testTo} onClick={test}>
            {t('mail.test')}
          </button>
        </span>
      </div>
    </form>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import type { EmergencyContact, Settings } from '../../../../shared/settings/schema';
import { useApi } from '../../api/ApiContext';
import { useNotify } from '../../components/Notices';
import { ParsedInput, asTyped, parseTime } from '../../components/ParsedInput';
import { errorText } from '../../components/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { PaySection } from './PaySection';
import { translate, type MessageKey } from '../../../../shared/i18n';
import { SkillsSection } from './SkillsSection';

type DocField = 'supervisingAgency' | 'unitName' | 'unitAbbreviation' | 'number' | 'place' | 'signerTitle' | 'signerName';
const DOC_FIELDS: DocField[] = ['supervisingAgency', 'unitName', 'unitAbbreviation', 'number', 'place', 'signerTitle', 'signerName'];

/** `focus` names a setting to bring into view, as the checklist's "fix" links do ("document.unitName"). */
export function SettingsScreen({ settings, onSaved, focus }: { settings: Settings; onSaved: (s: Settings) => void; focus?: string }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotify();
  const [draft, setDraft] = useState(settings);
  const [recipients, setRecipients] = useState(settings.document.recipients.join('\n'));
  useEffect(() => {
    const target = focus && document.getElementById(`setting-${focus}`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }, [focus]);

  const setDoc = (field: DocField, value: string) => setDraft({ ...draft, document: { ...draft.document, [field]: value } });
  const setContact = (index: number, patch: Partial<EmergencyContact>) => setDraft({ ...draft, contacts: draft.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      // The plan last opened is the plan areas' to set: a form opened before it changed must not put it back.
      const {
        schemaVersion: _version,
        lastPlanId: _lastPlan,
        ...changes
      } = {
        ...draft,
        document: {
          ...draft.document,
          recipients: recipients
            .split('\n')
            .map((r) => r.trim())
            .filter(Boolean),
        },
      };
      const saved = await api.call('settings:update', changes);
      onSaved(saved);
      // Said in the language just chosen, not the one the screen was in.
      notify({ kind: 'info', text: translate(saved.language, 'settings.saved'), cause: 'settings:save' });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e), cause: 'settings:save' });
    }
  }

  return (
    <form className="screen form settings" onSubmit={save}>
      <header className="screen-header">
        <h1>{t('settings.title')}</h1>
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
      </header>
      <fieldset className="card">
        <legend>{t('settings.language')}</legend>
        <select value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value as Settings['language'] })}>
          <option value="vi">{t('settings.language.vi')}</option>
          <option value="en">{t('settings.language.en')}</option>
        </select>
      </fieldset>
      <fieldset className="card grid-2">
        <legend>{t('settings.org')}</legend>
        {DOC_FIELDS.map((field) => (
          <label key={field}>
            {t(`settings.org.${field}` as MessageKey)}
            <input id={`setting-document.${field}`} value={draft.document[field]} onChange={(e) => setDoc(field, e.target.value)} />
          </label>
        ))}
        <label>
          {t('settings.org.unitEmail')}
          <input id="setting-organisation.unitEmail" type="email" value={draft.organisation.unitEmail} onChange={(e) => setDraft({ ...draft, organisation: { unitEmail: e.target.value } })} />
        </label>
        <label>
          {t('settings.org.recipients')}
          <textarea rows={3} value={recipients} onChange={(e) => setRecipients(e.target.value)} />
        </label>
      </fieldset>
      <fieldset className="card grid-2">
        <legend>{t('settings.window')}</legend>
        <label>
          {t('settings.window.endOfWorkday')}
          <ParsedInput
            className="time"
            placeholder="HH:mm"
            value={draft.dutyWindowDefaults.endOfWorkday}
            format={asTyped}
            parse={parseTime}
            invalidMessage={t('common.timeInvalid')}
            onValue={(v) => setDraft({ ...draft, dutyWindowDefaults: { ...draft.dutyWindowDefaults, endOfWorkday: v } })}
          />
        </label>
        <label>
          {t('settings.window.startOfWorkday')}
          <ParsedInput
            className="time"
            placeholder="HH:mm"
            value={draft.dutyWindowDefaults.startOfWorkday}
            format={asTyped}
            parse={parseTime}
            invalidMessage={t('common.timeInvalid')}
            onValue={(v) => setDraft({ ...draft, dutyWindowDefaults: { ...draft.dutyWindowDefaults, startOfWorkday: v } })}
          />
        </label>
      </fieldset>
      <PaySection pay={draft.pay} onChange={(pay) => setDraft({ ...draft, pay })} />
      <SkillsSection skills={draft.skills} onChange={(skills) => setDraft({ ...draft, skills })} />
      <fieldset className="card" id="setting-contacts" tabIndex={-1}>
        <legend>{t('settings.contacts')}</legend>
        <p className="hint">{t('settings.contacts.hint')}</p>
        <table className="table">
          <thead>
            <tr>
              <th>{t('settings.contacts.name')}</th>
              <th>{t('settings.contacts.phone')}</th>
              <th>{t('settings.contacts.email')}</th>
              <th>{t('settings.contacts.note')}</th>
              <th>{t('settings.contacts.verify')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.contacts.map((contact, index) => (
              <tr key={index}>
                <td>
                  <input aria-label={t('settings.contacts.name')} value={contact.name} onChange={(e) => setContact(index, { name: e.target.value })} />
                </td>
                <td>
                  <input aria-label={t('settings.contacts.phone')} value={contact.phone} onChange={(e) => setContact(index, { phone: e.target.value })} />
                </td>
                <td>
                  <input aria-label={t('settings.contacts.email')} value={contact.email} onChange={(e) => setContact(index, { email: e.target.value })} />
                </td>
                <td>
                  <input aria-label={t('settings.contacts.note')} value={contact.note} onChange={(e) => setContact(index, { note: e.target.value })} />
                </td>
                <td>
                  <input type="checkbox" aria-label={t('settings.contacts.verify')} checked={contact.toVerify} onChange={(e) => setContact(index, { toVerify: e.target.checked })} />
                </td>
                <td>
                  <button type="button" className="danger" onClick={() => setDraft({ ...draft, contacts: draft.contacts.filter((_, i) => i !== index) })}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setDraft({ ...draft, contacts: [...draft.contacts, { name: '', phone: '', email: '', note: '', toVerify: false }] })}>
          {t('settings.contacts.add')}
        </button>
      </fieldset>
    </form>
  );
}

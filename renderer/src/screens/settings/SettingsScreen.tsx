import { useEffect, useState } from 'react';
import { applyChanges } from '../../../../shared/api/changes';
import type { SettingsChanges } from '../../../../shared/api/settings';
import type { MessageKey } from '../../../../shared/i18n';
import type { EmergencyContact, Settings } from '../../../../shared/settings/schema';
import { useApi } from '../../api/ApiContext';
import { SaveIndicator, useBeforeUnloadWhile } from '../../components/SaveIndicator';
import { usePatchAutosave } from '../../components/usePatchAutosave';
import { ParsedInput, asTyped, parseTime } from '../../components/ParsedInput';
import { useI18n } from '../../i18n/I18nContext';
import { PaySection } from './PaySection';
import { SkillsSection } from './SkillsSection';

type DocField = 'supervisingAgency' | 'unitName' | 'unitAbbreviation' | 'number' | 'place' | 'signerTitle' | 'signerName';
const DOC_FIELDS: DocField[] = ['supervisingAgency', 'unitName', 'unitAbbreviation', 'number', 'place', 'signerTitle', 'signerName'];

const deep = (earlier: SettingsChanges, later: SettingsChanges) => applyChanges(earlier, later, { deep: true });

/**
 * Saved as it is edited, like the other screens: only the fields changed are sent, so a field edited
 * here never puts back an older value of another one (changed meanwhile by the CLI or another window).
 * `focus` names a setting to bring into view, as the checklist's "fix" links do ("document.unitName").
 */
export function SettingsScreen({ settings, onSaved, focus }: { settings: Settings; onSaved: (s: Settings) => void; focus?: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState(settings);
  const [recipients, setRecipients] = useState(settings.document.recipients.join('\n'));
  const { status, save } = usePatchAutosave<SettingsChanges>(async (changes) => onSaved(await api.call('settings:update', changes)), deep);
  useBeforeUnloadWhile(status.state !== 'saved');
  useEffect(() => {
    const target = focus && document.getElementById(`setting-${focus}`);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }, [focus]);

  const change = (changes: SettingsChanges) => {
    setDraft((current) => applyChanges(current, changes, { deep: true }));
    save(changes);
  };
  const setDoc = (field: DocField, value: string) => change({ document: { [field]: value } });
  const setContact = (index: number, patch: Partial<EmergencyContact>) => change({ contacts: draft.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const setRecipientText = (text: string) => {
    setRecipients(text);
    change({
      document: {
        recipients: text
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean),
      },
    });
  };

  return (
    <form className="screen form settings" onSubmit={(e) => e.preventDefault()}>
      <header className="screen-header">
        <h1>{t('settings.title')}</h1>
        <SaveIndicator status={status} />
      </header>
      <fieldset className="card">
        <legend>{t('settings.language')}</legend>
        <select value={draft.language} onChange={(e) => change({ language: e.target.value as Settings['language'] })}>
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
          <input id="setting-organisation.unitEmail" type="email" value={draft.organisation.unitEmail} onChange={(e) => change({ organisation: { unitEmail: e.target.value } })} />
        </label>
        <label>
          {t('settings.org.recipients')}
          <textarea rows={3} value={recipients} onChange={(e) => setRecipientText(e.target.value)} />
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
            onValue={(v) => change({ dutyWindowDefaults: { endOfWorkday: v } })}
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
            onValue={(v) => change({ dutyWindowDefaults: { startOfWorkday: v } })}
          />
        </label>
      </fieldset>
      <PaySection pay={draft.pay} onChange={(pay) => change({ pay })} />
      <SkillsSection skills={draft.skills} onChange={(skills) => change({ skills })} />
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
                  <button type="button" className="danger" onClick={() => change({ contacts: draft.contacts.filter((_, i) => i !== index) })}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => change({ contacts: [...draft.contacts, { name: '', phone: '', email: '', note: '', toVerify: false }] })}>
          {t('settings.contacts.add')}
        </button>
      </fieldset>
    </form>
  );
}

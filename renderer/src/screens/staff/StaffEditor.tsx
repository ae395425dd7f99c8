import { useState, type FormEvent } from 'react';
import { validateStaffDraft, type DraftErrors, type StaffDraft } from '../../../../shared/staff/draft';
import { formatPhone } from '../../../../shared/staff/phone';
import { StaffRole, type Skill, type StaffMember } from '../../../../shared/staff/schema';
import type { MessageKey } from '../../../../shared/i18n';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../../../shared/api/client';
import { Dialog } from '../../components/Dialog';
import { useErrorText } from '../../components/useErrorText';
import { useI18n } from '../../i18n/I18nContext';

const EMPTY: StaffDraft = { fullName: '', title: '', unit: '', phone: '', email: '', roles: ['technician'], skills: [], active: true, notes: '' };

function draftOf(member: StaffMember | null): StaffDraft {
  if (!member) return EMPTY;
  return { ...member, phone: member.phone ? formatPhone(member.phone) : '' };
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

/**
 * Add or edit one person in a side panel. Fields are checked with the same rules the service applies;
 * a field's message shows once the user has left it or tried to save, so typing is not interrupted.
 */
export function StaffEditor({
  member,
  skills,
  units,
  onSaved,
  onClose,
}: {
  member: StaffMember | null;
  skills: readonly Skill[];
  units: string[];
  onSaved: (saved: StaffMember) => void;
  onClose: () => void;
}) {
  const errorText = useErrorText();
  const api = useApi();
  const { t, say } = useI18n();
  const [draft, setDraft] = useState<StaffDraft>(() => draftOf(member));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverError, setServerError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const checked = validateStaffDraft(draft, skills);
  const errors: DraftErrors = checked.ok ? {} : checked.errors;
  const shownError = (field: keyof DraftErrors) => {
    const typed = touched.has(field) ? errors[field] : undefined;
    return typed ? say(typed) : serverError?.field === field ? serverError.message : undefined;
  };

  const set = (patch: Partial<StaffDraft>) => {
    setDraft({ ...draft, ...patch });
    setServerError(null);
  };
  const touch = (field: string) => setTouched(new Set(touched).add(field));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(new Set(['fullName', 'phone', 'email', 'roles', 'skills']));
    if (!checked.ok) return;
    setBusy(true);
    try {
      onSaved(await api.call('staff:save', member ? { ...draft, id: member.id } : draft));
    } catch (e) {
      setServerError({ field: e instanceof ApiError ? e.shape.where : undefined, message: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: 'fullName' | 'title' | 'unit' | 'phone' | 'email', type = 'text', extra: { list?: string; 'data-autofocus'?: boolean } = {}) => {
    const error = name === 'title' || name === 'unit' ? undefined : shownError(name);
    return (
      <label>
        {t(`staff.editor.${name}` as MessageKey)}
        <input type={type} value={draft[name]} aria-invalid={error ? true : undefined} onChange={(e) => set({ [name]: e.target.value })} onBlur={() => touch(name)} {...extra} />
        {error && <span className="field-error">{error}</span>}
      </label>
    );
  };

  return (
    <Dialog side title={t(member ? 'staff.editor.edit' : 'staff.editor.add')} onClose={onClose}>
      <form className="form staff-editor" onSubmit={submit} noValidate>
        {field('fullName', 'text', { 'data-autofocus': true })}
        {field('title')}
        {field('unit', 'text', { list: 'staff-units' })}
        <datalist id="staff-units">
          {units.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        {field('phone', 'tel')}
        {field('email', 'email')}
        <fieldset className="choices">
          <legend>{t('staff.editor.roles')}</legend>
          {StaffRole.options.map((role) => (
            <label key={role} className="check">
              <input type="checkbox" checked={draft.roles.includes(role)} onChange={(e) => (touch('roles'), set({ roles: toggle(draft.roles, role, e.target.checked) }))} />
              {t(`staff.role.${role}`)}
            </label>
          ))}
          {shownError('roles') && <span className="field-error">{shownError('roles')}</span>}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('staff.editor.skills')}</legend>
          {skills.map((skill) => (
            <label key={skill.id} className="check">
              <input type="checkbox" checked={draft.skills.includes(skill.id)} onChange={(e) => set({ skills: toggle(draft.skills, skill.id, e.target.checked) })} />
              {skill.label}
            </label>
          ))}
          {shownError('skills') && <span className="field-error">{shownError('skills')}</span>}
        </fieldset>
        <label>
          {t('staff.editor.notes')}
          <textarea rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
          {t('staff.editor.active')}
        </label>
        {serverError && !serverError.field && (
          <p className="error" role="alert">
            {serverError.message}
          </p>
        )}
        <p className="hint">{t('staff.editor.keys')}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

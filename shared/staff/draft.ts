import { z } from 'zod';
import { msg, type Message } from '../i18n/message';
import { StaffId, StaffMember, StaffRole, type Skill } from './schema';
import { normalizePhone } from './phone';
import { normalizeEmail } from './email';

/** What the add/edit form sends: a person as typed, phone and email not yet normalised. */
export const StaffDraft = z.object({
  id: StaffId.optional(),
  fullName: z.string().max(120),
  title: z.string().max(120).default(''),
  unit: z.string().max(120).default(''),
  phone: z.string().max(40).default(''),
  email: z.string().max(254).default(''),
  roles: z.array(StaffRole).max(2),
  skills: z.array(z.string().min(1).max(40)).max(40).default([]),
  active: z.boolean().default(true),
  notes: z.string().max(2000).default(''),
});
export type StaffDraft = z.infer<typeof StaffDraft>;
export type StaffDraftInput = z.input<typeof StaffDraft>;

export type DraftField = 'fullName' | 'phone' | 'email' | 'roles' | 'skills';
export type DraftErrors = Partial<Record<DraftField, Message>>;

/**
 * Checks a typed-in person the way the import checks a row, so the form, the service and the
 * importer agree: the normal form of phone and email, or a message per field.
 * The form shows these as the user types; the service refuses the first of them.
 */
export function validateStaffDraft(draft: StaffDraft, skills: readonly Skill[]): { ok: true; value: Omit<StaffMember, 'id'> } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const fullName = draft.fullName.trim().replace(/\s+/g, ' ');
  if (!fullName) errors.fullName = msg('staff.draft.fullName');
  const phone = normalizePhone(draft.phone);
  if (!phone.ok) errors.phone = msg('staff.draft.phone', { problem: phone.text });
  const email = normalizeEmail(draft.email);
  if (!email.ok) errors.email = msg('staff.draft.email', { problem: email.text });
  if (draft.roles.length === 0) errors.roles = msg('staff.draft.roles');
  const unknown = draft.skills.filter((id) => !skills.some((s) => s.id === id));
  if (unknown.length > 0) errors.skills = msg('staff.draft.skills', { skills: unknown });
  if (!phone.ok || !email.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      fullName,
      title: draft.title.trim(),
      unit: draft.unit.trim(),
      phone: phone.value,
      email: email.value,
      roles: [...new Set(draft.roles)],
      skills: [...new Set(draft.skills)],
      active: draft.active,
      notes: draft.notes.trim(),
    },
  };
}

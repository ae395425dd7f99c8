import type { viStaffDraft } from '../vi/staff-draft';

export const enStaffDraft: Record<keyof typeof viStaffDraft, string> = {
  'staff.draft.fullName': 'Full name: must not be empty',
  'staff.draft.phone': 'Phone: {problem}',
  'staff.draft.email': 'Email: {problem}',
  'staff.draft.roles': 'Role: choose at least one (Duty leader or Technician)',
  'staff.draft.skills': 'Skills: not in the list in Settings: {skills}',
};

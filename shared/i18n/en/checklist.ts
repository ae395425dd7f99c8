import type { viChecklist } from '../vi/checklist';

export const enChecklist: Record<keyof typeof viChecklist, string> = {
  'checklist.title': 'Before it goes out',
  'checklist.intro': 'A few details are not finished. The documents and calendars sent will carry exactly these:',
  'checklist.fix': 'Fix',
  'checklist.anyway': 'Export anyway',
  'checklist.anywaySend': 'Send anyway',
  'checklist.cancel': 'Later',
  'checklist.blocked': 'The items marked ✱ must be fixed before exporting.',
  'checklist.UNIT_NAME_MISSING': 'The unit name is not filled in ("{value}").',
  'checklist.SUPERIOR_MISSING': 'The superior agency is not filled in ("{value}").',
  'checklist.UNIT_ABBREVIATION_MISSING': 'The unit abbreviation is missing (used in "No. …/TB-…" and "Filed: VT, …").',
  'checklist.SIGNER_MISSING': 'The signer’s title and name are missing.',
  'checklist.UNIT_EMAIL_MISSING': 'The unit email (the calendar’s ORGANIZER) is missing.',
  'checklist.NO_CONTACTS': 'There are no emergency contacts.',
  'checklist.CONTACTS_UNCONFIRMED': '{count} emergency contacts are not confirmed (since the 1 March 2025 reorganisation): {names}. Exported anyway, they are printed marked "(chưa xác minh)".',
  'checklist.CONTACTS_UNREACHABLE': '{count} emergency contacts have no phone or email: {names}.',
  'checklist.where.settings': 'Settings',
  'checklist.cliWarning': 'Warning: {text} (fix it in Settings, {field})',
  'checklist.cliStrict': 'Not exported: {count} items are not finished (--strict).',
};

import { translate, type MessageKey } from '../i18n';
import type { Language } from '../settings/schema';
import type { CheckItem } from './checklist';

/** The label of the setting a finding points at, as the Settings screen shows it. */
const FIELD_LABELS: Record<string, MessageKey> = {
  'document.unitName': 'settings.org.unitName',
  'document.supervisingAgency': 'settings.org.supervisingAgency',
  'document.unitAbbreviation': 'settings.org.unitAbbreviation',
  'document.signerName': 'settings.org.signerName',
  'organisation.unitEmail': 'settings.org.unitEmail',
  contacts: 'settings.contacts',
};

export const checkItemText = (item: CheckItem, language: Language) => translate(language, `checklist.${item.code}`, item.params);
export const checkFieldLabel = (item: CheckItem, language: Language) => (FIELD_LABELS[item.field] ? translate(language, FIELD_LABELS[item.field]!) : item.field);

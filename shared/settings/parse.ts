import { parseDocument, type Migration } from '../store/migrate';
import { CONTACTS_BEFORE_2025, DEFAULT_CONTACTS } from '../paperwork/contacts';
import { SETTINGS_SCHEMA_VERSION, Settings } from './schema';
import { msg } from '../i18n/message';

const ARCHIVE_LINE = /^\s*Lưu\s*:?\s*VT\s*,?\s*(.*?)\.?\s*$/i;

/**
 * Schema 2: the unit's abbreviation becomes a field of its own, the document type of the number is
 * THÔNG BÁO's "TB", the "Lưu: VT, …." line is written by the app (last, with a full stop), and the
 * MIC-era emergency contacts are replaced by the bodies in charge since the 2025 reorganisation.
 */
function toSchema2(doc: Record<string, unknown>): Record<string, unknown> {
  const next = { ...doc };
  const document = doc.document as Record<string, unknown> | undefined;
  if (document && typeof document === 'object') {
    const number = typeof document.number === 'string' ? document.number : '';
    const parts = /^\s*([^/]*?)\s*\/\s*[^-\s]+\s*-\s*(\S.*?)\s*$/.exec(number);
    const recipients = Array.isArray(document.recipients) ? document.recipients.filter((r): r is string => typeof r === 'string') : [];
    const archived = recipients.map((r) => ARCHIVE_LINE.exec(r)?.[1]).find((a) => a !== undefined);
    next.document = {
      ...document,
      number: parts ? parts[1] : number.trim(),
      unitAbbreviation: parts?.[2] ?? archived ?? '',
      recipients: recipients.filter((r) => !ARCHIVE_LINE.test(r)),
    };
  }
  const contacts = doc.contacts;
  const old = (c: unknown, i: number) => {
    const known = CONTACTS_BEFORE_2025[i];
    const { name, phone, email, toVerify } = (c ?? {}) as Record<string, unknown>;
    return known && name === known.name && phone === known.phone && email === known.email && toVerify === true;
  };
  // Only a list still exactly the old defaults, never confirmed: anything the unit touched is theirs.
  if (Array.isArray(contacts) && contacts.length === CONTACTS_BEFORE_2025.length && contacts.every(old)) next.contacts = DEFAULT_CONTACTS.map((c) => ({ ...c }));
  return next;
}

export const SETTINGS_MIGRATIONS: Record<number, Migration> = { 1: toSchema2 };

export const parseSettings = (raw: unknown): Settings => parseDocument(raw, { kind: msg('store.kind.settings'), current: SETTINGS_SCHEMA_VERSION, migrations: SETTINGS_MIGRATIONS, schema: Settings });

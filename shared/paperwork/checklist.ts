import { z } from 'zod';
import { documentInfoOf } from '../export/document-info';
import type { PlanCore } from '../plan/schema';
import type { Settings } from '../settings/schema';
import { contactsOf, unconfirmed, unreachable } from './contacts';

/**
 * "Nothing goes out unfinished": what to look at before a document, a calendar or a mail leaves
 * the app. Each finding is a code with parameters (translated where it is shown: the renderer, the
 * CLI), where to fix it, and whether the export can go ahead anyway. Every outgoing paper uses
 * this one list — the roster, the invitations, and the paperwork of the holiday (contact list,
 * incident notice, after-holiday report) — so they are all held to the same unit details and the
 * same emergency contacts.
 */
export const CheckCode = z.enum([
  'UNIT_NAME_MISSING',
  'SUPERIOR_MISSING',
  'UNIT_ABBREVIATION_MISSING',
  'SIGNER_MISSING',
  'UNIT_EMAIL_MISSING',
  'NO_CONTACTS',
  'CONTACTS_UNCONFIRMED',
  'CONTACTS_UNREACHABLE',
]);
export type CheckCode = z.infer<typeof CheckCode>;

/** What goes out: a signed document (print, PDF, Word, paperwork), calendar files, or mailed invitations. */
export const OutgoingKind = z.enum(['document', 'calendar', 'mail']);
export type OutgoingKind = z.infer<typeof OutgoingKind>;

export const CheckItem = z.object({
  code: CheckCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The setting to fix, as `Settings` names it ("document.unitName", "contacts"). */
  field: z.string(),
  /** False when the export cannot be made at all without it (a calendar needs its ORGANIZER). */
  canOverride: z.boolean(),
});
export type CheckItem = z.infer<typeof CheckItem>;

/** A value still to be written: empty, or with the "…" of a template ("UBND TỈNH …"). */
export const unfinished = (value: string) => !value.trim() || /…|\.\.\./.test(value);

export interface ChecklistInput {
  core: Pick<PlanCore, 'document' | 'contacts'>;
  settings: Settings;
  kind: OutgoingKind;
  /** The ORGANIZER given for this export instead of the unit's email (CLI `--organizer`). */
  organizerEmail?: string;
}

export function outgoingChecklist({ core, settings, kind, organizerEmail }: ChecklistInput): CheckItem[] {
  const info = documentInfoOf(core, settings);
  const items: CheckItem[] = [];
  const add = (code: CheckCode, field: string, params: CheckItem['params'] = {}, canOverride = true) => items.push({ code, params, field, canOverride });

  if (unfinished(info.unitName)) add('UNIT_NAME_MISSING', 'document.unitName', { value: info.unitName });
  if (kind === 'document') {
    if (unfinished(info.supervisingAgency)) add('SUPERIOR_MISSING', 'document.supervisingAgency', { value: info.supervisingAgency });
    if (unfinished(info.unitAbbreviation)) add('UNIT_ABBREVIATION_MISSING', 'document.unitAbbreviation');
    if (unfinished(info.signerName) || unfinished(info.signerTitle)) add('SIGNER_MISSING', 'document.signerName');
  }
  const email = (organizerEmail ?? settings.organisation.unitEmail).trim();
  // A calendar file must name its ORGANIZER; mails fall back to the sender's address.
  if (kind !== 'document' && !email) add('UNIT_EMAIL_MISSING', 'organisation.unitEmail', {}, kind === 'mail');

  const contacts = contactsOf(core, settings);
  if (!contacts.length) add('NO_CONTACTS', 'contacts');
  const toVerify = contacts.filter(unconfirmed);
  if (toVerify.length) add('CONTACTS_UNCONFIRMED', 'contacts', { count: toVerify.length, names: toVerify.map((c) => c.name).join('; ') });
  const silent = contacts.filter(unreachable);
  if (silent.length) add('CONTACTS_UNREACHABLE', 'contacts', { count: silent.length, names: silent.map((c) => c.name).join('; ') });
  return items;
}

/** What each export format sends out; spreadsheets carry no unit details, so nothing is checked for them. */
export function outgoingKindOf(format: string): OutgoingKind | null {
  if (format === 'ics' || format === 'ics-per-person') return 'calendar';
  if (format === 'pdf' || format === 'html' || format === 'docx') return 'document';
  return null;
}

/** Whether an export can go ahead: nothing found, or the user said "export anyway" and nothing forbids it. */
export const mayGoOut = (items: readonly CheckItem[], anyway: boolean) => items.every((i) => anyway && i.canOverride);

import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { numberLine, rosterDocument, type PersonLine, type RosterDocument } from '../export/roster-document';
import type { ExportSource } from '../export/source';
import type { Settings } from '../settings/schema';
import { displayPhone } from '../staff/phone';
import { StaffId } from '../staff/schema';
import { PaperOverrides, withOverrides } from './overrides';
import { dutySubjectRest } from './paper-body';
import { msg } from '../i18n/message';

/** A list is sent to the superior body as its own paper ("Danh sách", DS in the number). */
export const CONTACT_LIST_TYPE = { name: 'DANH SÁCH', abbreviation: 'DS' } as const;

export type DutyWord = 'Lãnh đạo trực' | 'Cán bộ trực';

export interface ContactListShift {
  shift: string;
  hours: string;
  people: { duty: DutyWord; person: PersonLine }[];
}

export interface ContactListDay {
  dateText: string;
  weekday: string;
  shifts: ContactListShift[];
}

/** The unit's focal point for incidents, whom the superior body calls first. */
export interface FocalPoint {
  name: string;
  post: string;
  phone: string;
  email: string;
}

/** "Danh sách cán bộ trực và đầu mối liên hệ": what the superior body asks for before the holiday. */
export interface ContactListDocument extends Pick<RosterDocument, 'info' | 'placeAndDate' | 'recipients' | 'period' | 'contacts' | 'versionNote'> {
  number: string;
  subject: string;
  days: ContactListDay[];
  focal: FocalPoint | null;
}

export const ContactListOptions = PaperOverrides.extend({
  /** The staff member who is the unit's focal point; by default the signer when they are on the plan's staff. */
  focalStaffId: StaffId.optional(),
});
export type ContactListOptions = z.infer<typeof ContactListOptions>;

/** "Trực bảo đảm an toàn thông tin mạng dịp …" becomes "Cán bộ trực và đầu mối liên hệ bảo đảm …". */
function subjectOf(rosterSubject: string): string {
  const rest = dutySubjectRest(rosterSubject);
  return rest === null ? `Cán bộ trực và đầu mối liên hệ: ${rosterSubject}` : `Cán bộ trực và đầu mối liên hệ ${rest}`;
}

export function contactListDocument(source: ExportSource, settings: Settings, options: ContactListOptions = {}): ContactListDocument {
  const { focalStaffId, ...overrides } = options;
  const roster = rosterDocument(withOverrides(source, overrides), settings);
  const staff = source.core.staff;
  const focalPerson = focalStaffId ? staff.find((s) => s.id === focalStaffId) : staff.find((s) => s.fullName.trim() === roster.info.signerName.trim());
  if (focalStaffId && !focalPerson) throw new AppError('NOT_FOUND', msg('paperwork.error.noFocal', { id: focalStaffId }), 'focalStaffId');
  return {
    info: roster.info,
    // A paper of its own: its own number or room for the clerk's, never the roster's.
    number: numberLine({ ...roster.info, number: overrides.number ?? '' }, CONTACT_LIST_TYPE.abbreviation),
    placeAndDate: roster.placeAndDate,
    subject: subjectOf(roster.subject),
    recipients: roster.recipients,
    period: roster.period,
    contacts: roster.contacts,
    versionNote: roster.versionNote,
    days: roster.days.map((day) => ({
      dateText: day.dateText,
      weekday: day.weekday,
      shifts: day.rows.map((row) => ({
        shift: row.shift,
        hours: row.hours,
        people: [...row.leaders.map((person) => ({ duty: 'Lãnh đạo trực' as const, person })), ...row.staff.map((person) => ({ duty: 'Cán bộ trực' as const, person }))],
      })),
    })),
    focal: focalPerson
      ? { name: focalPerson.fullName, post: focalPerson.title, phone: focalPerson.phone ? displayPhone(focalPerson.phone) : '', email: focalPerson.email || settings.organisation.unitEmail }
      : null,
  };
}

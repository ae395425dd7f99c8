import { planTitleFor } from '../calendar/plan-title';
import { formatLunarDayShort } from '../calendar/lunar-format';
import { solarToLunar } from '../calendar/lunar';
import { formatDate, formatDateTime, formatWeekday } from '../i18n/dates';
import type { PlanCore } from '../plan/schema';
import type { DocumentInfo, EmergencyContact, Settings } from '../settings/schema';
import { displayPhone } from '../staff/phone';
import type { StaffMember } from '../staff/schema';
import { contactsOf, documentInfoOf } from './document-info';
import { dutiesOf } from './duties';
import { leadersOf, rosterView, techniciansOf, type SeatView } from './roster-view';
import { shiftHours } from './shift-text';
import { shiftNotes } from './shift-notes';
import type { ExportSource } from './source';

/** One person as a row of the roster names them. */
export interface PersonLine {
  staffId: string | null;
  seat: string;
  name: string;
  post: string;
  phone: string;
}

export interface RosterRow {
  shift: string;
  hours: string;
  leaders: PersonLine[];
  staff: PersonLine[];
  notes: string[];
}

export interface RosterDay {
  date: string;
  dateText: string;
  weekday: string;
  lunar: string;
  rows: RosterRow[];
}

/** Everything the printed roster (and the Word notice) says, already worded; formats only lay it out. */
export interface RosterDocument {
  info: DocumentInfo;
  /** "Hà Nội, ngày 05 tháng 02 năm 2026". */
  placeAndDate: string;
  subject: string;
  /** "Từ 17:00 ngày 13/02/2026 đến 07:30 ngày 23/02/2026". */
  period: string;
  days: RosterDay[];
  duties: readonly string[];
  contacts: EmergencyContact[];
  /** "Ban hành lần 2" or "Bản làm việc, chưa ban hành". */
  versionNote: string;
}

const EMPTY_SEAT = '(chưa phân công)';

export function placeAndDate(place: string, date: string): string {
  return `${place}, ngày ${date.slice(8, 10)} tháng ${date.slice(5, 7)} năm ${date.slice(0, 4)}`;
}

function personLine({ seat, person }: SeatView): PersonLine {
  return person ? lineOf(seat.label, person) : { staffId: null, seat: seat.label, name: EMPTY_SEAT, post: '', phone: '' };
}

function lineOf(seat: string, person: StaffMember): PersonLine {
  return { staffId: person.id, seat, name: person.fullName, post: person.title, phone: person.phone ? displayPhone(person.phone) : '' };
}

function subjectOf(core: PlanCore): string {
  if (core.subject.trim()) return core.subject.trim();
  return core.holiday ? planTitleFor(core.holiday) : core.name;
}

const periodOf = (core: PlanCore) => {
  const [start, end] = [formatDateTime(core.window.start), formatDateTime(core.window.end)].map((t) => t.split(' '));
  return `Từ ${start![1]} ngày ${start![0]} đến ${end![1]} ngày ${end![0]}`;
};

export function rosterDocument(source: ExportSource, settings: Settings): RosterDocument {
  const { core } = source;
  const info = documentInfoOf(core, settings);
  const days: RosterDay[] = [];
  for (const view of rosterView(core)) {
    const row: RosterRow = {
      shift: view.shift.label,
      hours: shiftHours(view.shift),
      leaders: leadersOf(view).map(personLine),
      staff: techniciansOf(view).map(personLine),
      notes: shiftNotes(core, view.shift),
    };
    const day = days.at(-1);
    if (day?.date === view.shift.date) day.rows.push(row);
    else {
      const date = view.shift.date;
      days.push({ date, dateText: formatDate(date), weekday: formatWeekday(date), lunar: formatLunarDayShort(solarToLunar(date)), rows: [row] });
    }
  }
  return {
    info,
    placeAndDate: placeAndDate(info.place, source.issuedOn),
    subject: subjectOf(core),
    period: periodOf(core),
    days,
    duties: dutiesOf(core),
    contacts: contactsOf(core, settings),
    versionNote: source.version === null ? 'Bản làm việc, chưa ban hành' : `Ban hành lần ${source.version}`,
  };
}

/** The rows of one person's shifts ("Phiếu trực"), with who they are. */
export function personRows(document: RosterDocument, staffId: string): { day: RosterDay; row: RosterRow; own: PersonLine }[] {
  return document.days.flatMap((day) =>
    day.rows.flatMap((row) => {
      const own = [...row.leaders, ...row.staff].find((line) => line.staffId === staffId);
      return own ? [{ day, row, own }] : [];
    }),
  );
}

import { planTitleFor } from '../calendar/plan-title';
import { formatLunarDayShort } from '../calendar/lunar-format';
import { solarToLunar } from '../calendar/lunar';
import { formatDate, formatDateTime, formatWeekday } from '../i18n/dates';
import type { PlanCore } from '../plan/schema';
import type { DocumentInfo, EmergencyContact, Settings } from '../settings/schema';
import { displayPhone } from '../staff/phone';
import { splitDate } from '../time/local';
import type { Skill, StaffMember } from '../staff/schema';
import { contactsOf } from '../paperwork/contacts';
import { documentInfoOf } from './document-info';
import { dutiesOf } from './duties';
import { leadersOf, rosterView, techniciansOf, type SeatView } from './roster-view';
import { shiftHours } from './shift-text';
import { shiftNotes } from './shift-notes';
import type { ExportSource } from './source';
import { translate } from '../i18n';
import { planToProblem } from '../plan/expand';
import { fairnessReport } from '../roster/fairness';
import { fairnessChart, type RoleChart } from '../roster/fairness-chart';

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
  /**
   * Whether the day's cells (STT, date, weekday, lunar date) are printed once beside all its shifts
   * and the day kept on one page. A day too long for that may continue on the next page, so each of
   * its rows carries the day's cells: a merged cell's text prints on its first page only.
   */
  merged: boolean;
}

/** People on one day beyond which it may not fit on a page (two lines each, landscape). */
const MERGED_DAY_PEOPLE = 10;

/** Whether a day with these rows is short enough to print its day cells once and stay on one page. */
export const mergedDay = (rows: readonly RosterRow[]) => rows.reduce((n, r) => n + Math.max(1, r.leaders.length, r.staff.length), 0) <= MERGED_DAY_PEOPLE;

/** The document type of the roster (Decree 30/2020/NĐ-CP, Appendix I) and its abbreviation in the number. */
export const DOCUMENT_TYPE = { name: 'THÔNG BÁO', abbreviation: 'TB' } as const;

/** Everything the printed roster (and the Word notice) says, already worded; formats only lay it out. */
export interface RosterDocument {
  info: DocumentInfo;
  /** "Số: 15/TB-TTCNTT", or with room for the clerk to write the number. */
  number: string;
  /** "Hà Nội, ngày 05 tháng 02 năm 2026". */
  placeAndDate: string;
  /** The trích yếu under the document type: "Lịch trực bảo đảm an toàn thông tin mạng dịp …". */
  subject: string;
  /** "Nơi nhận:" lines, "- …;" each and "- Lưu: VT, TTCNTT." last. */
  recipients: string[];
  /** "Từ 17:00 ngày 13/02/2026 đến 07:30 ngày 23/02/2026". */
  period: string;
  days: RosterDay[];
  duties: readonly string[];
  contacts: EmergencyContact[];
  /** "Ban hành lần 2" or "Bản làm việc, chưa ban hành". */
  versionNote: string;
  /** The fairness annex after the signature (the Công bằng tab's picture); none while nobody is assigned. */
  annex: FairnessAnnex | null;
}

/** "Phụ lục — Cân đối ca trực giữa cán bộ", attached to the notice by its number and date. */
export interface FairnessAnnex {
  /** "(Kèm theo Thông báo số 15/TB-TTCNTT ngày 05 tháng 02 năm 2026 của TRUNG TÂM CNTT)". */
  reference: string;
  charts: RoleChart[];
}

/** The roles' fairness charts of a plan's roster, as the Công bằng tab computes them. */
export function fairnessCharts(core: PlanCore, skills: readonly Skill[]): RoleChart[] {
  const problem = planToProblem({ ...core, versions: [] }, skills);
  return fairnessChart(fairnessReport(problem, core.assignments), problem);
}

function annexOf(core: PlanCore, settings: Settings, number: string, placeAndDate: string, unit: string): FairnessAnnex | null {
  if (!core.assignments.length) return null;
  const reference = translate('vi', 'exports.annex.reference', {
    number: number.replace(/^Số:\s*/, ''),
    date: placeAndDate.slice(placeAndDate.indexOf('ngày')),
    unit: unit.trim() || '…',
  });
  return { reference, charts: fairnessCharts(core, settings.skills) };
}

const EMPTY_SEAT = '(chưa phân công)';

/**
 * "Hà Nội, ngày 05 tháng 4 năm 2026" (Decree 30/2020/NĐ-CP, Appendix I): a leading zero only for
 * days below 10 and for months 1 and 2, so nobody can add a digit in front.
 */
export function placeAndDate(place: string, date: string): string {
  const { year, month, day } = splitDate(date);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

function personLine({ seat, person }: SeatView): PersonLine {
  return person ? lineOf(seat.label, person) : { staffId: null, seat: seat.label, name: EMPTY_SEAT, post: '', phone: '' };
}

/** Grouped digits held together ("0912 345 678" never splits across lines in a narrow column). */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

function lineOf(seat: string, person: StaffMember): PersonLine {
  return { staffId: person.id, seat, name: person.fullName, post: person.title, phone: person.phone ? unbroken(displayPhone(person.phone)) : '' };
}

/**
 * The trích yếu says what the notice announces: a plan titled "Trực bảo đảm …" gives "Lịch trực bảo
 * đảm …"; a subject the user wrote otherwise is printed as written.
 */
function subjectOf(core: PlanCore): string {
  const subject = core.subject.trim() || (core.holiday ? planTitleFor(core.holiday) : core.name);
  return /^trực\s/i.test(subject) ? `Lịch trực ${subject.slice(5)}` : subject;
}

/** Room for the number when it is not known yet (`type`: the document type's abbreviation, Decree 30 Appendix III); a number written in full ("15/TB-…") is kept as it is. */
export function numberLine(info: Pick<DocumentInfo, 'number' | 'unitAbbreviation'>, type: string = DOCUMENT_TYPE.abbreviation): string {
  const number = info.number.trim();
  if (number.includes('/')) return `Số: ${number}`;
  return `Số: ${number || '\u2002\u2002\u2002\u2002'}/${type}-${info.unitAbbreviation.trim() || '…'}`;
}

const ARCHIVE = /^\s*Lưu\b/i;

/** Decree 30: each recipient ends with ";", the archive line "- Lưu: VT, <unit>." comes last with a full stop. */
export function recipientLines(info: Pick<DocumentInfo, 'recipients' | 'unitAbbreviation'>): string[] {
  const lines = info.recipients
    .map((r) =>
      r
        .trim()
        .replace(/^-\s*/, '')
        .replace(/[;.,]+$/, ''),
    )
    .filter((r) => r && !ARCHIVE.test(r));
  const abbreviation = info.unitAbbreviation.trim();
  return [...lines.map((r) => `- ${r};`), `- Lưu: VT${abbreviation ? `, ${abbreviation}` : ''}.`];
}

const periodOf = (core: PlanCore) => {
  const [start, end] = [formatDateTime(core.window.start), formatDateTime(core.window.end)].map((t) => t.split(' '));
  return `Từ ${start![1]} ngày ${start![0]} đến ${end![1]} ngày ${end![0]}`;
};

export function rosterDocument(source: ExportSource, settings: Settings): RosterDocument {
  const { core } = source;
  const info = documentInfoOf(core, settings);
  const number = numberLine(info);
  const date = placeAndDate(info.place, source.issuedOn);
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
      days.push({ date, dateText: formatDate(date), weekday: formatWeekday(date), lunar: formatLunarDayShort(solarToLunar(date)), rows: [row], merged: true });
    }
  }
  for (const day of days) day.merged = mergedDay(day.rows);
  return {
    info,
    number,
    placeAndDate: date,
    subject: subjectOf(core),
    recipients: recipientLines(info),
    period: periodOf(core),
    days,
    duties: dutiesOf(core),
    contacts: contactsOf(core, settings),
    versionNote: source.version === null ? 'Bản làm việc, chưa ban hành' : `Ban hành lần ${source.version}`,
    annex: annexOf(core, settings, number, date, info.unitName),
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

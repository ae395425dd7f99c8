import type { EmergencyContact } from '../settings/schema';
import type { StaffMember } from '../staff/schema';
import { displayPhone } from '../staff/phone';
import { formatDate } from '../i18n/dates';
import { epochToVn } from '../time/zone';
import { contactText, UNCONFIRMED_MARK } from '../paperwork/contacts';
import { SEAT_KIND_WORDS } from './seat-kind-words';
import { leadersOf, techniciansOf, type SeatView, type ShiftView } from './roster-view';
import { shiftTitle } from './shift-text';
import { assignmentUid, shiftUid } from './uid';

/** What a calendar event says, independent of the file format (PUBLISH file or iTIP REQUEST mail). */
export interface DutyEventContent {
  uid: string;
  /** Epoch milliseconds; written in Asia/Ho_Chi_Minh. */
  start: number;
  end: number;
  summary: string;
  description: string;
}

/** What every event of a plan shares. */
export interface DutyEventContext {
  planId: string;
  duties: readonly string[];
  contacts: readonly EmergencyContact[];
  /** Special-day labels of a shift ("Giao thừa"). */
  notesOf(view: ShiftView): string[];
}

const withPhone = (person: StaffMember) => (person.phone ? `${person.fullName} — ${displayPhone(person.phone)}` : person.fullName);
const seatLine = ({ seat, person }: SeatView) => `- ${seat.label}: ${person ? withPhone(person) : '(chưa phân công)'}`;
const wallText = (epoch: number) => {
  const local = epochToVn(epoch);
  return `${local.slice(11, 16)} ${formatDate(local.slice(0, 10))}`;
};

export const dutySummary = (view: ShiftView) => `Trực ATTT — ${shiftTitle(view.shift)}`;

function contactLine(contact: EmergencyContact): string {
  const { name, reach, unconfirmed } = contactText(contact, ', ');
  return `- ${name}${reach ? `: ${reach}` : ''}${unconfirmed ? ` ${UNCONFIRMED_MARK}` : ''}`;
}

function sharedSections(ctx: DutyEventContext, view: ShiftView): string[] {
  const notes = ctx.notesOf(view);
  return [
    `Thời gian: ${wallText(view.shift.start)} – ${wallText(view.shift.end)} (giờ Việt Nam)`,
    ...(notes.length ? [`Ghi chú: ${notes.join(', ')}`] : []),
    '',
    'Nhiệm vụ:',
    ...ctx.duties.map((duty) => `- ${duty}`),
    '',
    'Liên hệ khẩn cấp:',
    ...ctx.contacts.map(contactLine),
  ];
}

/** The event of one shift in the whole-roster file: everyone on it. */
export function shiftEvent(ctx: DutyEventContext, view: ShiftView): DutyEventContent {
  const description = [...leadersOf(view), ...techniciansOf(view)].map(seatLine);
  const [when, ...rest] = sharedSections(ctx, view);
  return {
    uid: shiftUid(ctx.planId, view.shift.id),
    start: view.shift.start,
    end: view.shift.end,
    summary: dutySummary(view),
    description: [when, '', 'Phân công:', ...description, ...rest].join('\n'),
  };
}

/** The event of one person's assignment: their role, the leader on duty and the others on the shift. */
export function assignmentEvent(ctx: DutyEventContext, view: ShiftView, own: SeatView & { person: StaffMember }): DutyEventContent {
  // By seat: `own` may be a copy of the view's seat object.
  const leaders = leadersOf(view).filter((s) => s.seat.id !== own.seat.id);
  const others = techniciansOf(view).filter((s) => s.seat.id !== own.seat.id);
  const [when, ...rest] = sharedSections(ctx, view);
  return {
    uid: assignmentUid(ctx.planId, own.seat.id, own.person.id),
    start: view.shift.start,
    end: view.shift.end,
    summary: dutySummary(view),
    description: [
      `Vị trí: ${own.seat.label} (${SEAT_KIND_WORDS[own.seat.kind].long})`,
      when,
      '',
      ...(leaders.length ? ['Lãnh đạo trực:', ...leaders.map(seatLine)] : []),
      ...(others.length ? ['Cùng ca:', ...others.map(seatLine)] : []),
      ...rest,
    ].join('\n'),
  };
}

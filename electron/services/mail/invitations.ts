import { dutyCalendar, type Organizer } from '../../../shared/export/ics/duty-calendar';
import { versionedPersonEvents, type PersonEvent } from '../../../shared/export/ics/roster-calendars';
import { itipMethodDue, type VersionedEvent } from '../../../shared/export/ics/versioned-events';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { assignmentKey } from '../../../shared/reminders/keys';
import type { RosterRecipient } from '../../../shared/api/reminders';
import type { Reminder } from '../../../shared/reminders/schema';
import { shiftWhen } from '../../../shared/reminders/wording';
import type { Settings } from '../../../shared/settings/schema';

export interface InvitationInput {
  plan: Plan;
  /** Duties and emergency contacts written into the events, as in the exported files. */
  settings: Settings;
  organizer: Organizer;
  /** Per event UID, the SEQUENCE last mailed (sent or possibly sent). */
  mailed: ReadonlyMap<string, number>;
  /** Epoch milliseconds: shifts already over are not mailed. */
  now: number;
}

export interface InvitationBatch {
  mails: Reminder[];
  /** People whose events did not change since their last mail. */
  unchanged: string[];
  /** People with an event to send but no email address. */
  noEmail: string[];
  /** Who gets mail and what, person by person, to show before anything is sent. */
  recipients: RosterRecipient[];
}

type Method = 'REQUEST' | 'CANCEL';

const WORDS = {
  new: { subject: 'Ca trực', lead: 'Đơn vị gửi anh/chị ca trực sau', after: 'Tệp lịch kèm theo thêm ca này vào lịch của anh/chị (Outlook, Google, Apple Calendar), có lời nhắc trước ca.' },
  changed: {
    subject: 'Thay đổi ca trực',
    lead: 'Ca trực sau của anh/chị có thay đổi (giờ, vị trí, lãnh đạo trực hoặc người cùng ca)',
    after: 'Tệp lịch kèm theo cập nhật sự kiện này trong lịch của anh/chị.',
  },
  cancelled: { subject: 'Huỷ ca trực', lead: 'Anh/chị không còn trực ca sau', after: 'Tệp lịch kèm theo xoá sự kiện này khỏi lịch của anh/chị.' },
} as const;

/**
 * "Gửi lịch trực": the iTIP mails for the latest published version, one per event, since RFC 5546
 * (§3.2.2, §3.2.5) wants every component of a REQUEST or CANCEL to share one UID and Outlook and
 * Gmail keep only one. The events are those of the person's exported .ics file (same UID, content
 * and SEQUENCE), and an event is mailed exactly when its SEQUENCE rose since the person was last
 * mailed it (`itipMethodDue`): the file and the mail cannot disagree on what changed.
 */
export function rosterInvitations({ plan, settings, organizer, mailed, now }: InvitationInput): InvitationBatch {
  const latest = plan.versions.at(-1);
  const batch: InvitationBatch = { mails: [], unchanged: [], noEmail: [], recipients: [] };
  if (!latest) return batch;
  const source = exportSource(plan, new Date(latest.publishedAt));
  const byPerson = new Map<string, { due: { versioned: VersionedEvent<PersonEvent>; method: Method }[]; holds: boolean }>();
  for (const versioned of versionedPersonEvents(source, settings)) {
    const entry = byPerson.get(versioned.event.person.id) ?? { due: [], holds: false };
    byPerson.set(versioned.event.person.id, entry);
    if (versioned.event.end <= now) continue;
    entry.holds ||= !versioned.cancelled;
    const method = itipMethodDue(versioned, mailed.get(versioned.event.uid));
    if (method) entry.due.push({ versioned, method });
  }
  for (const [staffId, { due, holds }] of byPerson) {
    const person = source.core.staff.find((s) => s.id === staffId) ?? due[0]?.versioned.event.person;
    if (!person) continue;
    if (!due.length) {
      if (holds) batch.unchanged.push(person.fullName);
      continue;
    }
    if (!person.email) {
      batch.noEmail.push(person.fullName);
      continue;
    }
    const recipient: RosterRecipient = { name: person.fullName, email: person.email, new: 0, changed: 0, cancelled: 0 };
    batch.recipients.push(recipient);
    for (const { versioned, method } of due) {
      const { event, sequence } = versioned;
      const change = method === 'CANCEL' ? 'cancelled' : mailed.has(event.uid) ? 'changed' : 'new';
      recipient[change]++;
      const words = WORDS[change];
      const when = shiftWhen(event.shift.label, event.start, event.end);
      batch.mails.push({
        key: ['invitation', 'email', plan.id, event.uid, sequence, method].join('|'),
        kind: 'invitation',
        channel: 'email',
        planId: plan.id,
        version: latest.version,
        shiftId: event.shift.id,
        assignment: assignmentKey(plan.id, event.seat.id, staffId),
        staffId,
        personName: person.fullName,
        recipient: person.email,
        offsetMinutes: 0,
        at: Date.parse(latest.publishedAt),
        // Retrying is pointless once the shift is over.
        deadline: event.end,
        shiftStart: event.start,
        what: when,
        title: `${words.subject}: ${when} — ${latest.plan.name}`,
        body:
          `Kính gửi ${person.fullName},\n\n${words.lead} theo "${latest.plan.name}" (phiên bản ban hành ${latest.version}):\n\n` +
          `• ${when} — ${event.seat.label}\n\n${words.after}` +
          (method === 'REQUEST' ? ` Xin bấm "Chấp nhận" (Accept) để lưu vào lịch. Mỗi ca trực có một thư mời riêng.\n\n${event.description}` : ''),
        ics: {
          method,
          uid: event.uid,
          sequence,
          content: dutyCalendar([versioned], {
            method,
            organizer,
            attendee: { name: person.fullName, email: person.email },
            stamp: latest.publishedAt,
            alarmMinutes: plan.reminders.offsetsMinutes,
          }),
        },
      });
    }
  }
  return batch;
}

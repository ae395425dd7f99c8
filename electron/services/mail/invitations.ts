import { dutyCalendar, type Organizer } from '../../../shared/export/ics/duty-calendar';
import { personEvents, type PersonEvent } from '../../../shared/export/ics/roster-calendars';
import { versionedEvents, type VersionedEvent } from '../../../shared/export/ics/versioned-events';
import { shiftTitle } from '../../../shared/export/shift-text';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import type { Reminder } from '../../../shared/reminders/schema';
import { dayOf } from '../../../shared/reminders/wording';
import type { Settings } from '../../../shared/settings/schema';
import { vnToEpoch } from '../../../shared/time/zone';

export interface InvitationInput {
  plan: Plan;
  /** Duties and emergency contacts written into the events, as in the exported files. */
  settings: Settings;
  organizer: Organizer;
  /** Per person, the index of the version they were last mailed (sent or possibly sent). */
  mailed: ReadonlyMap<string, number>;
}

export interface InvitationBatch {
  mails: Reminder[];
  /** People whose shifts did not change since their last mail. */
  unchanged: string[];
  /** People with shifts but no email address. */
  noEmail: string[];
}

const byPerson = (events: readonly PersonEvent[]) => {
  const map = new Map<string, PersonEvent[]>();
  for (const e of events) map.set(e.person.id, [...(map.get(e.person.id) ?? []), e]);
  return map;
};

/** What makes an event "changed" for its person: its time and place, not who else is on the shift. */
const placeOf = (e: PersonEvent) => [e.uid, e.start, e.end, e.summary, e.seat.label, e.seat.kind].join('|');

const line = (e: PersonEvent) => `• ${dayOf(e.start)}: ${shiftTitle(e.shift)} — ${e.seat.label}`;

/**
 * "Gửi lịch trực": the iTIP mails for the latest published version. Each person gets a REQUEST with
 * their new or changed shifts and a CANCEL with shifts taken from them, compared with the version
 * they were last mailed; people whose shifts did not change get nothing. The events are the ones of
 * the person's exported .ics file: same UID, summary, description (duties, emergency contacts) and
 * SEQUENCE, so a file and an invitation update the same calendar event.
 */
export function rosterInvitations({ plan, settings, organizer, mailed }: InvitationInput): InvitationBatch {
  const latest = plan.versions.at(-1);
  if (!latest) return { mails: [], unchanged: [], noEmail: [] };
  const timeline = exportSource(plan, new Date(latest.publishedAt)).history.map((core) => personEvents(core, settings));
  const index = timeline.length - 1;
  const versioned = new Map(versionedEvents(timeline).map((v) => [v.event.uid, v]));
  const current = byPerson(timeline[index] ?? []);
  const deadline = vnToEpoch(latest.plan.window.end);
  const batch: InvitationBatch = { mails: [], unchanged: [], noEmail: [] };

  /** Exactly the exported file's SEQUENCE: a person's event is new (0) the first time it is sent. */
  const requested = (event: PersonEvent): VersionedEvent<PersonEvent> => ({ event, sequence: versioned.get(event.uid)?.sequence ?? 0, cancelled: false });
  const cancelled = (event: PersonEvent): VersionedEvent<PersonEvent> => versioned.get(event.uid) ?? { event, sequence: index, cancelled: true };

  for (const staffId of new Set([...current.keys(), ...mailed.keys()])) {
    const before = mailed.get(staffId);
    if (before === index) continue;
    const now = current.get(staffId) ?? [];
    const previous = before === undefined ? [] : (byPerson(timeline[before] ?? []).get(staffId) ?? []);
    const changed = now.filter((e) => !previous.some((p) => placeOf(p) === placeOf(e)));
    const removed = previous.filter((p) => !now.some((e) => e.uid === p.uid));
    const person = (now[0] ?? previous[0])?.person;
    if (!person) continue;
    if (!changed.length && !removed.length) {
      batch.unchanged.push(person.fullName);
      continue;
    }
    if (!person.email) {
      batch.noEmail.push(person.fullName);
      continue;
    }
    const mail = (method: 'REQUEST' | 'CANCEL', events: VersionedEvent<PersonEvent>[]): Reminder => ({
      key: ['invitation', 'email', plan.id, `v${latest.version}`, staffId, method].join('|'),
      kind: 'invitation',
      channel: 'email',
      planId: plan.id,
      version: latest.version,
      shiftId: null,
      assignment: null,
      staffId,
      personName: person.fullName,
      recipient: person.email,
      offsetMinutes: 0,
      at: Date.parse(latest.publishedAt),
      deadline,
      shiftStart: Math.min(...events.map((e) => e.event.start)),
      what: `${events.length} ca`,
      title:
        method === 'REQUEST'
          ? `Lịch trực ${latest.plan.name}: ${events.length} ca của anh/chị (phiên bản ban hành ${latest.version})`
          : `Huỷ ${events.length} ca trực — ${latest.plan.name} (phiên bản ban hành ${latest.version})`,
      body:
        method === 'REQUEST'
          ? `Kính gửi ${person.fullName},\n\nĐơn vị gửi anh/chị lịch trực "${latest.plan.name}" (phiên bản ban hành ${latest.version}). ` +
            `Tệp lịch kèm theo thêm hoặc cập nhật các ca sau trong lịch của anh/chị (Outlook, Google, Apple Calendar), có lời nhắc trước mỗi ca:\n\n` +
            `${events.map((e) => line(e.event)).join('\n')}\n\nXin bấm "Chấp nhận" (Accept) để lưu vào lịch. Lời nhắc trong lịch vẫn báo cho anh/chị cả khi máy tính của đơn vị tắt.`
          : `Kính gửi ${person.fullName},\n\nTheo phiên bản ban hành ${latest.version} của "${latest.plan.name}", anh/chị không còn trực các ca sau; tệp kèm theo xoá chúng khỏi lịch của anh/chị:\n\n` +
            events.map((e) => line(e.event)).join('\n'),
      ics: {
        method,
        content: dutyCalendar(events, {
          method,
          organizer,
          attendee: { name: person.fullName, email: person.email },
          stamp: latest.publishedAt,
          alarmMinutes: plan.reminders.offsetsMinutes,
        }),
      },
    });
    if (changed.length) batch.mails.push(mail('REQUEST', changed.map(requested)));
    if (removed.length) batch.mails.push(mail('CANCEL', removed.map(cancelled)));
  }
  return batch;
}

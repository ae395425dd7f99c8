import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { AssignmentEvent } from '../../../shared/ical/assignment-events';
import { VN_TIME_ZONE } from '../../../shared/time/local';
import { vnTzDate } from '../../../shared/time/zone';

export interface ItipInput {
  method: 'REQUEST' | 'CANCEL';
  organizer: { name: string; email: string };
  events: readonly (AssignmentEvent & { sequence: number })[];
  /** Minutes before the start: the plan's one reminder setting. */
  alarmMinutes: readonly number[];
  /** DTSTAMP: when the version was published, so the same input gives the same file. */
  stamp: number;
}

const vtimezone = (zone: string) => {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
};

/**
 * An iTIP message (RFC 5546) for one attendee: the person's shifts as VEVENTs in Vietnam time with
 * a VTIMEZONE, the person as ATTENDEE and the unit as ORGANIZER. Zone-safe whatever the machine's
 * zone: dates are TZDates and no calendar-level zone is set (see shared/toolchain notes).
 */
export function itipCalendar(input: ItipInput): string {
  const cancel = input.method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'Lich Truc', product: 'lich-truc', language: 'VI' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: null, generator: vtimezone },
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: vnTzDate(event.start),
      end: vnTzDate(event.end),
      timezone: VN_TIME_ZONE,
      stamp: new Date(input.stamp),
      summary: event.summary,
      description: event.description,
      status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: input.organizer,
      attendees: [{ name: event.personName, email: event.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: !cancel }],
      alarms: cancel ? [] : input.alarmMinutes.map((minutes) => ({ type: ICalAlarmType.display, trigger: minutes * 60, description: event.summary })),
    });
  }
  return calendar.toString();
}

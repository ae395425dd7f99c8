import ical, { ICalAlarmType, ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { VN_TIME_ZONE } from '../../time/local';
import { vnTzDate } from '../../time/zone';
import type { DutyEventContent } from '../duty-event';
import { calendarLine, calendarParam, calendarText, escapedCalendarLine } from './calendar-text';
import type { VersionedEvent } from './versioned-events';

export interface Organizer {
  name: string;
  email: string;
}

export interface CalendarOptions {
  /**
   * PUBLISH for exported files; REQUEST and CANCEL for the iTIP invitations mailed to one person;
   * null for a CalDAV calendar object resource, which must not carry METHOD (RFC 4791 §4.1).
   */
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL' | null;
  /** The calendar's display name (X-WR-CALNAME), for files. */
  name?: string;
  organizer: Organizer;
  /** The one person an iTIP message is addressed to, as ATTENDEE of every event. */
  attendee?: Organizer;
  /** DTSTAMP of every event: the publication instant, so re-exports of a version are identical. */
  stamp: string;
  /** Minutes before each shift (the plan's one reminder setting). */
  alarmMinutes: readonly number[];
  /**
   * A subscribed calendar (a feed): how often clients should fetch it again (RFC 7986
   * REFRESH-INTERVAL, and X-PUBLISHED-TTL that Outlook reads) and where it is fetched from (SOURCE).
   */
  feed?: { refreshSeconds: number; source: string };
}

const METHODS = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL } as const;

const vtimezone = (zone: string) => {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
};

/**
 * An iCalendar file of duty events, exported (METHOD:PUBLISH) or mailed (iTIP, RFC 5546). Times are
 * TZDates in Asia/Ho_Chi_Minh (a native Date would be written in the machine's clock), the zone is
 * set per event with the calendar's own zone left unset (else DTSTAMP loses its Z), and every event
 * carries the ORGANIZER that PUBLISH and iTIP require. Under METHOD:CANCEL every event is cancelled.
 * Every text goes through calendar-text: no name can add a line or a parameter to the file.
 */
export function dutyCalendar(events: readonly VersionedEvent<DutyEventContent>[], options: CalendarOptions): string {
  const calendar = ical({
    ...(options.name === undefined ? {} : { name: escapedCalendarLine(options.name) }),
    ...(options.method === null ? {} : { method: METHODS[options.method] }),
    prodId: { company: 'Lich Truc', product: 'lich-truc', language: 'VI' },
    ...(options.feed ? { ttl: options.feed.refreshSeconds, source: options.feed.source } : {}),
  });
  calendar.timezone({ name: null, generator: vtimezone });
  const attendee = options.attendee && { ...options.attendee, name: calendarParam(options.attendee.name) };
  const organizer = { ...options.organizer, name: calendarParam(options.organizer.name) };
  for (const { event, sequence, cancelled: dropped } of events) {
    const cancelled = dropped || options.method === 'CANCEL';
    calendar.createEvent({
      id: event.uid,
      start: vnTzDate(event.start),
      end: vnTzDate(event.end),
      timezone: VN_TIME_ZONE,
      stamp: new Date(options.stamp),
      sequence,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: calendarLine(event.summary),
      description: calendarText(event.description),
      organizer,
      ...(attendee ? { attendees: [{ ...attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: !cancelled }] } : {}),
      alarms: cancelled ? [] : options.alarmMinutes.map((minutes) => ({ type: ICalAlarmType.display, triggerBefore: minutes * 60, description: calendarLine(event.summary) })),
    });
  }
  return calendar.toString();
}

import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { VN_TIME_ZONE } from '../../time/local';
import { vnTzDate } from '../../time/zone';
import type { DutyEventContent } from '../duty-event';
import type { VersionedEvent } from './versioned-events';

export interface Organizer {
  name: string;
  email: string;
}

export interface PublishOptions {
  name: string;
  organizer: Organizer;
  /** DTSTAMP of every event: the publication instant, so re-exports of a version are identical. */
  stamp: string;
  /** Minutes before each shift (the plan's one reminder setting). */
  alarmMinutes: readonly number[];
}

const vtimezone = (zone: string) => {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
};

/**
 * An iCalendar file with METHOD:PUBLISH. Times are TZDates in Asia/Ho_Chi_Minh (a native Date would
 * be written in the machine's clock), the zone is set per event with the calendar's own zone left
 * unset (else DTSTAMP loses its Z), and every event carries the ORGANIZER that PUBLISH requires.
 */
export function publishCalendar(events: readonly VersionedEvent<DutyEventContent>[], options: PublishOptions): string {
  const calendar = ical({ name: options.name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Lich Truc', product: 'lich-truc', language: 'VI' } });
  calendar.timezone({ name: null, generator: vtimezone });
  for (const { event, sequence, cancelled } of events) {
    calendar.createEvent({
      id: event.uid,
      start: vnTzDate(event.start),
      end: vnTzDate(event.end),
      timezone: VN_TIME_ZONE,
      stamp: new Date(options.stamp),
      sequence,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: event.summary,
      description: event.description,
      organizer: options.organizer,
      alarms: cancelled
        ? []
        : options.alarmMinutes.map((minutes) => ({ type: ICalAlarmType.display, triggerBefore: minutes * 60, description: event.summary })),
    });
  }
  return calendar.toString();
}

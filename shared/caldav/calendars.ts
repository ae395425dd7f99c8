import { dutyCalendar } from '../export/ics/duty-calendar';
import { calendarOptionsOf, personEventSets, rosterEvents } from '../export/ics/roster-calendars';
import type { VersionedEvent } from '../export/ics/versioned-events';
import type { DutyEventContent } from '../export/duty-event';
import type { ExportSource } from '../export/source';
import { idPart } from '../export/uid';
import type { Settings } from '../settings/schema';
import type { CaldavTarget } from './settings';

/** One event as its own calendar object resource (RFC 4791 §4.1). */
export interface CalendarObject {
  uid: string;
  /** The resource's name in its calendar: the UID (URL-safe, see uid.ts) and `.ics`. */
  fileName: string;
  /** One VEVENT with its VTIMEZONE and no METHOD, built like the exported file's event. */
  ics: string;
  sequence: number;
  cancelled: boolean;
  start: number;
  summary: string;
}

/** One calendar on the server: the team's, or one person's. */
export interface PlannedCalendar {
  /** 'team', or the staff id. */
  key: string;
  staffId: string | null;
  personName: string | null;
  displayName: string;
  /** The collection's name under the calendar home, created with MKCALENDAR when missing. */
  slug: string;
  objects: CalendarObject[];
}

/**
 * What a version of a plan puts on a CalDAV server: the events of the exported .ics files (same UID,
 * SEQUENCE and properties, cancelled ones included), one resource each, in the team's calendar or
 * in each person's.
 */
export function caldavCalendars(source: ExportSource, settings: Settings, target: CaldavTarget, organizerEmail?: string): PlannedCalendar[] {
  const options = { ...calendarOptionsOf(source, settings, organizerEmail), method: null };
  const objects = (events: readonly VersionedEvent<DutyEventContent>[]): CalendarObject[] =>
    events.map((v) => ({
      uid: v.event.uid,
      fileName: `${v.event.uid}.ics`,
      ics: dutyCalendar([v], options),
      sequence: v.sequence,
      cancelled: v.cancelled,
      start: v.event.start,
      summary: v.event.summary,
    }));
  const plan = idPart(source.core.id);
  if (target === 'team') {
    return [{ key: 'team', staffId: null, personName: null, displayName: source.core.name, slug: `lich-truc-${plan}`, objects: objects(rosterEvents(source, settings)) }];
  }
  return personEventSets(source, settings).map((set) => ({
    key: set.person.id,
    staffId: set.person.id,
    personName: set.person.fullName,
    displayName: set.name,
    slug: `lich-truc-${plan}-${idPart(set.person.id)}`,
    objects: objects(set.events),
  }));
}

/**
 * What decides whether a resource must be sent again: its text without DTSTAMP, which moves with
 * every published version even for an event that did not change.
 */
export const objectContent = (ics: string) => ics.replace(/^DTSTAMP:[^\r\n]*\r?\n/gm, '');

import { dutyCalendar } from '../export/ics/duty-calendar';
import { calendarOptionsOf, personEventSets, rosterEvents } from '../export/ics/roster-calendars';
import type { VersionedEvent } from '../export/ics/versioned-events';
import type { DutyEventContent } from '../export/duty-event';
import type { ExportSource } from '../export/source';
import type { Settings } from '../settings/schema';
import { subscriptionUrls } from './urls';

/** One file of the feed folder, with the addresses it is subscribed at. */
export interface FeedFile {
  /** Null for the whole roster's file. */
  staffId: string | null;
  personName: string | null;
  /** The calendar's name on the phone: the plan's, or "<plan> — <person>". */
  displayName: string;
  fileName: string;
  url: string;
  webcal: string;
  ics: string;
  events: number;
  cancelled: number;
}

export interface FeedOptions {
  baseUrl: string;
  refreshMinutes: number;
  /**
   * The file name of a person's file (null: the whole roster's): an unguessable token kept per plan
   * and person, so a person's address stays the same across versions and nobody can guess another's.
   */
  fileNameOf(staffId: string | null): string;
}

/**
 * What a version of a plan puts in the feed folder: the exported .ics files (the same events, UIDs,
 * SEQUENCE and cancellations as the export and the CalDAV publish), one per person and one for the
 * whole roster, each saying how often to fetch it again and where from.
 */
export function feedFiles(source: ExportSource, settings: Settings, options: FeedOptions): FeedFile[] {
  const calendar = calendarOptionsOf(source, settings);
  const file = (person: { id: string; fullName: string } | null, displayName: string, events: readonly VersionedEvent<DutyEventContent>[]): FeedFile => {
    const fileName = options.fileNameOf(person?.id ?? null);
    const urls = subscriptionUrls(options.baseUrl, fileName);
    return {
      staffId: person?.id ?? null,
      personName: person?.fullName ?? null,
      displayName,
      fileName,
      ...urls,
      ics: dutyCalendar(events, { ...calendar, name: displayName, feed: { refreshSeconds: options.refreshMinutes * 60, source: urls.url } }),
      events: events.filter((e) => !e.cancelled).length,
      cancelled: events.filter((e) => e.cancelled).length,
    };
  };
  return [file(null, source.core.name, rosterEvents(source, settings)), ...personEventSets(source, settings).map((set) => file(set.person, set.name, set.events))];
}

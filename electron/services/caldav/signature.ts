import ICAL from 'ical.js';

/**
 * What an event says, whatever the server did to its text (Radicale re-serialises, reorders and
 * re-folds what it stores): enough to tell our own event, sent before a crash, from one someone
 * edited on the server. DTSTAMP is left out: it moves with every published version.
 */
export function eventSignature(ics: string): string {
  try {
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    if (!event) return '';
    const value = (name: string) => {
      const property = event.getFirstProperty(name);
      if (!property) return '';
      const tz = property.getParameter('tzid');
      return `${String(property.getFirstValue() ?? '')}${tz ? `;${String(tz)}` : ''}`;
    };
    const alarms = event
      .getAllSubcomponents('valarm')
      .map((alarm) => String(alarm.getFirstPropertyValue('trigger') ?? ''))
      .sort();
    return JSON.stringify([...['uid', 'sequence', 'status', 'dtstart', 'dtend', 'summary', 'description', 'organizer'].map(value), alarms]);
  } catch {
    return '';
  }
}

import { execFileSync } from 'node:child_process';

/** What Debian's python3-icalendar reads in one iCalendar text. */
export interface PythonCalendar {
  method: string | null;
  /** X-WR-CALNAME, unescaped as TEXT. */
  name: string | null;
  /** Problems the parser noted on any component (it is lenient and records them instead of failing). */
  errors: string[];
  events: { uid: string; sequence: number; status: string | null; organizer: string | null; attendees: string[]; start: number; end: number; summary: string }[];
}

const SCRIPT = String.raw`
import json, sys
from icalendar import Calendar
out = []
for text in json.load(sys.stdin):
    cal = Calendar.from_ical(text)
    errors = []
    for component in cal.walk():
        errors += ['%s: %s' % (component.name, e) for e in getattr(component, 'errors', [])]
    events = []
    for ev in cal.walk('VEVENT'):
        attendees = ev.get('attendee', [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        events.append({
            'uid': str(ev.get('uid')),
            'sequence': int(ev.get('sequence', 0)),
            'status': str(ev.get('status')) if ev.get('status') is not None else None,
            'organizer': str(ev.get('organizer')) if ev.get('organizer') is not None else None,
            'attendees': [str(a) for a in attendees],
            'start': round(ev.decoded('dtstart').timestamp() * 1000),
            'end': round(ev.decoded('dtend').timestamp() * 1000),
            'summary': str(ev.get('summary')),
        })
    method = cal.get('method')
    name = cal.get('x-wr-calname')
    out.append({'method': str(method) if method is not None else None, 'name': str(name) if name is not None else None, 'errors': errors, 'events': events})
json.dump(out, sys.stdout)
`;

/**
 * Parses calendars with Debian's python3-icalendar (installed by the test set-up), all in one
 * process. `/usr/bin/python3` is Debian's own: another python first on PATH may lack the module.
 */
export function parseWithPythonIcalendar(texts: readonly string[]): PythonCalendar[] {
  const output = execFileSync('/usr/bin/python3', ['-c', SCRIPT], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as PythonCalendar[];
}

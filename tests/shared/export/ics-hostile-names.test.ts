import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { rosterInvitations } from '../../../electron/services/mail/invitations';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { parseWithPythonIcalendar } from '../../helpers/python-icalendar';
import { publish, rosteredTetPlan, testSettings } from './helpers';

const NOW = new Date('2026-02-01T03:00:00Z');
const INJECTED = 'ATTENDEE:mailto:evil@x';
// CR/LF, the characters TEXT escapes, a quote that would end a CN="…" early, NUL, ESC (dropped, its "[31m" is text) and a bidi override.
const hostile = (name: string) => `${name} "Evil"\r\n${INJECTED}\n;X-EVIL:1, a\\b\u0000\u001b[31m\u202Eoi`;

function hostilePlan(): { plan: Plan; settings: ReturnType<typeof testSettings> } {
  const base = rosteredTetPlan();
  const staff = base.staff.map((s, i) => (i < 3 ? { ...s, fullName: hostile(s.fullName) } : s));
  const plan = publish({ ...base, name: hostile('Trực Tết'), staff }, '2026-02-05T02:00:00.000Z');
  const settings = testSettings();
  return { plan, settings: { ...settings, document: { ...settings.document, unitName: hostile('TRUNG TÂM CNTT') } } };
}

/** Every content line after unfolding (RFC 5545 §3.1). */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

function expectNoInjection(ics: string, attendeesPerEvent: number) {
  // Lines end in CRLF and nothing else: no bare CR or LF, no other control character.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F\u202A-\u202E]/);
  const lines = contentLines(ics);
  expect(lines.filter((l) => /^X-EVIL/i.test(l) || /^ATTENDEE:mailto:evil/i.test(l))).toEqual([]);
  const root = new ICAL.Component(ICAL.parse(ics));
  const events = root.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) {
    expect(e.getAllProperties('attendee').map((a) => String(a.getFirstValue()))).toHaveLength(attendeesPerEvent);
    expect(String(e.getFirstPropertyValue('organizer'))).toBe('mailto:ttcntt@binhson.gov.vn');
    expect(e.getFirstProperty('organizer')!.getParameter('cn')).toBe(`TRUNG TÂM CNTT 'Evil' ${INJECTED} ;X-EVIL:1, a\\b[31moi`);
    expect(e.getAllProperties().map((p) => p.name)).not.toContain('x-evil');
  }
  expect(root.getAllProperties().map((p) => p.name)).not.toContain('x-evil');
  return root;
}

describe('iCal exports of hostile names (RFC 5545 §3.1, §3.3.11)', () => {
  const { plan, settings } = hostilePlan();
  const source = exportSource(plan, NOW);

  it('the whole roster: the plan name is one X-WR-CALNAME value, every name stays inside its own property', () => {
    const ics = rosterCalendar(source, settings);
    const root = expectNoInjection(ics, 0);
    // One property, escaped as TEXT (ical.js leaves X- values as written; python3-icalendar unescapes).
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(`Trực Tết "Evil" ${INJECTED} \\;X-EVIL:1\\, a\\\\b[31moi`);
    expect(parseWithPythonIcalendar([ics])[0]!.name).toBe(`Trực Tết "Evil" ${INJECTED} ;X-EVIL:1, a\\b[31moi`);
    const description = String(root.getFirstSubcomponent('vevent')!.getFirstPropertyValue('description'));
    expect(description).not.toMatch(/[\u0000\u001b\u202E\r]/);
  });

  it("each person's file: names in the calendar name and the events, read alike by python3-icalendar", () => {
    const files = personCalendars(source, settings);
    const hostileOnes = files.filter((f) => f.fullName.includes(INJECTED));
    expect(hostileOnes).toHaveLength(3);
    for (const file of hostileOnes) expectNoInjection(file.ics, 0);
    const python = parseWithPythonIcalendar(hostileOnes.map((f) => f.ics));
    for (const cal of python) {
      expect(cal.errors).toEqual([]);
      expect(cal.name).toMatch(/^Trực Tết "Evil" ATTENDEE:mailto:evil@x ;X-EVIL:1, a\\b\[31moi — .+ "Evil" ATTENDEE:mailto:evil@x ;X-EVIL:1, a\\b\[31moi$/);
      expect(cal.events.every((e) => e.attendees.length === 0)).toBe(true);
    }
  });

  it('each mailed invitation: one ATTENDEE, the person, with their name as CN', () => {
    const organizer = { name: settings.document.unitName, email: 'ttcntt@binhson.gov.vn' };
    const batch = rosterInvitations({ plan, settings, organizer, mailed: new Map(), now: NOW.getTime() });
    const hostileMails = batch.mails.filter((m) => m.personName?.includes(INJECTED));
    expect(hostileMails.length).toBeGreaterThan(0);
    for (const mail of hostileMails) {
      const root = expectNoInjection(mail.ics!.content, 1);
      const attendee = root.getFirstSubcomponent('vevent')!.getFirstProperty('attendee')!;
      expect(String(attendee.getFirstValue()).toLowerCase()).toBe(`mailto:${mail.recipient}`);
      expect(attendee.getParameter('cn')).toMatch(/^.+ 'Evil' ATTENDEE:mailto:evil@x ;X-EVIL:1, a\\b\[31moi$/);
    }
    expect(parseWithPythonIcalendar(hostileMails.map((m) => m.ics!.content)).flatMap((c) => c.errors)).toEqual([]);
  });
});

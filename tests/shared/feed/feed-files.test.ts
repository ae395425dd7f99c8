import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import { feedFiles } from '../../../shared/feed/files';
import { feedBaseUrl, subscriptionUrls } from '../../../shared/feed/urls';
import type { Plan } from '../../../shared/plan/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { publish } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';

const settings = { ...defaultSettings(), organisation: { unitEmail: 'ttcntt@stttt.example.vn' } };
const WINDOW = { start: '2026-02-16T07:30', end: '2026-02-18T07:30' };
const BASE = 'https://intranet.stttt.example.vn/lich/';
const NOW = new Date('2026-02-10T02:00:00.000Z');
const nameOf = (staffId: string | null) => `${staffId === null ? 'all' : staffId}-token.ics`;
const options = { baseUrl: BASE, refreshMinutes: 60, fileNameOf: nameOf };

/** Everything of each event a calendar shows, as Thunderbird's parser reads it (DTSTAMP aside). */
function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    sequence: Number(e.getFirstPropertyValue('sequence')),
    status: String(e.getFirstPropertyValue('status')),
    start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (e.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
    alarms: e.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
  }));
}
const calendarProperty = (ics: string, name: string) => new ICAL.Component(ICAL.parse(ics)).getFirstProperty(name);

function twoVersions(): { v1: Plan; v2: Plan } {
  const v1: Plan = { ...tetRoster({ window: WINDOW, name: 'Trực Tết Bính Ngọ 2026' }), id: 'feed-plan' };
  const dropped = v1.assignments.find((a) => a.staffId === 'kt-01')!.seatId;
  const moved = v1.assignments.find((a) => a.staffId === 'kt-03' && a.seatId.startsWith('2026-02-17/'))!.seatId;
  const v2 = publish({ ...v1, assignments: v1.assignments.flatMap((a) => (a.seatId === dropped ? [] : a.seatId === moved ? [{ ...a, staffId: 'kt-04' }] : [a])) }, '2026-02-05T02:00:00.000Z');
  return { v1, v2 };
}

describe('the feed folder’s files', () => {
  it('carry exactly the events of the .ics export, per person and for the whole roster, in every version', () => {
    for (const plan of Object.values(twoVersions())) {
      const source = exportSource(plan, NOW);
      const files = feedFiles(source, settings, options);
      const exported = personCalendars(source, settings);
      expect(files.filter((f) => f.staffId !== null).map((f) => f.staffId)).toEqual(exported.map((e) => e.staffId));
      for (const person of exported) {
        const file = files.find((f) => f.staffId === person.staffId)!;
        expect(events(file.ics)).toEqual(events(person.ics));
        expect(file.displayName).toBe(`Trực Tết Bính Ngọ 2026 — ${person.fullName}`);
        expect(calendarProperty(file.ics, 'x-wr-calname')?.getFirstValue()).toBe(file.displayName);
      }
      const roster = files.find((f) => f.staffId === null)!;
      expect(events(roster.ics)).toEqual(events(rosterCalendar(source, settings)));
      expect(roster.displayName).toBe('Trực Tết Bính Ngọ 2026');
    }
  });

  it('say how often to fetch them again (RFC 7986 REFRESH-INTERVAL and X-PUBLISHED-TTL) and where from (SOURCE)', () => {
    const files = feedFiles(exportSource(twoVersions().v1, NOW), settings, { ...options, refreshMinutes: 15 });
    for (const file of files) {
      const refresh = calendarProperty(file.ics, 'refresh-interval')!;
      // VALUE=DURATION, which RFC 7986 requires, read by the parser as the value's type.
      expect(refresh.type).toBe('duration');
      expect(String(refresh.getFirstValue())).toBe('PT15M');
      expect(file.ics).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT15M\r$/m);
      expect(String(calendarProperty(file.ics, 'x-published-ttl')?.getFirstValue())).toBe('PT15M');
      expect(calendarProperty(file.ics, 'source')?.getFirstValue()).toBe(file.url);
      expect(file.url).toBe(`${BASE}${nameOf(file.staffId)}`);
      expect(file.webcal).toBe(`webcal://intranet.stttt.example.vn/lich/${nameOf(file.staffId)}`);
    }
  });

  it('in v2 keep each person’s file, raise SEQUENCE of what changed and bring removed shifts back cancelled', () => {
    const { v1, v2 } = twoVersions();
    const before = feedFiles(exportSource(v1, NOW), settings, options);
    const after = feedFiles(exportSource(v2, NOW), settings, options);
    expect(after.map((f) => f.fileName)).toEqual(before.map((f) => f.fileName));
    const kt01 = (files: typeof before) => events(files.find((f) => f.staffId === 'kt-01')!.ics);
    const cancelled = kt01(after).filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    const was = kt01(before).find((e) => e.uid === cancelled[0]!.uid)!;
    expect(cancelled[0]!.sequence).toBe(was.sequence + 1);
    expect(after.find((f) => f.staffId === 'kt-01')).toMatchObject({ cancelled: 1, events: kt01(before).length - 1 });
  });
});

describe('the folder’s address', () => {
  it('is normalised to end with "/" and gives each file an https and a webcal address', () => {
    expect(feedBaseUrl('https://intranet.donvi.gov.vn/lich').href).toBe('https://intranet.donvi.gov.vn/lich/');
    expect(subscriptionUrls('http://10.0.0.5:8080/lich-truc', 'ab.ics')).toEqual({ url: 'http://10.0.0.5:8080/lich-truc/ab.ics', webcal: 'webcal://10.0.0.5:8080/lich-truc/ab.ics' });
  });

  it.each([
    ['intranet/lich', /không hợp lệ/],
    ['ftp://intranet/lich/', /https:\/\//],
    ['https://user:pass@intranet/lich/', /mật khẩu/],
    ['https://intranet/lich/?x=1', /\?…/],
  ])('refuses %s with a message saying why', (text, message) => {
    expect(() => feedBaseUrl(text)).toThrow(message);
  });
});

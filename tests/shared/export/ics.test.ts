import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { describe, expect, it } from 'vitest';
import { expandShifts } from '../../../shared/plan/expand';
import type { Plan } from '../../../shared/plan/schema';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import { publish, rosteredTetPlan, testSettings } from './helpers';

const NOW = new Date('2026-02-01T03:00:00Z');
const settings = testSettings();

interface ParsedEvent {
  uid: string;
  start: number;
  end: number;
  sequence: number;
  status: string;
  organizer: string;
  alarms: number;
}

/** Thunderbird's parser; the zone comes from the file's own VTIMEZONE. */
function parseWithIcalJs(text: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
      organizer: String(vevent.getFirstPropertyValue('organizer')),
      alarms: vevent.getAllSubcomponents('valarm').length,
    };
  });
}

function parseWithNodeIcal(text: string): ParsedEvent[] {
  return Object.values(nodeIcal.sync.parseICS(text))
    .filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT')
    .map((e) => ({
      uid: e.uid,
      start: e.start.getTime(),
      end: e.end?.getTime() ?? Number.NaN,
      sequence: Number(e.sequence),
      status: String(e.status),
      organizer: typeof e.organizer === 'string' ? e.organizer : String(e.organizer?.val),
      alarms: ((e as unknown as { alarms?: unknown[] }).alarms ?? []).length,
    }));
}

const byUid = (events: ParsedEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe('iCal exports', () => {
  const plan = publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z');
  const source = exportSource(plan, NOW);
  const shifts = expandShifts(plan);

  it('writes every shift at its exact UTC instant, read the same by ical.js and node-ical', () => {
    const text = rosterCalendar(source, settings);
    for (const events of [parseWithIcalJs(text), parseWithNodeIcal(text)]) {
      expect(events).toHaveLength(shifts.length);
      const first = events.find((e) => e.start === Date.parse('2026-02-13T10:00:00Z'));
      // The window opens at 17:00 on 13/02 inside the 14:00–22:00 shift; it ends at 22:00 VN = 15:00Z.
      expect(first?.end).toBe(Date.parse('2026-02-13T15:00:00Z'));
      const giaoThua = events.find((e) => e.start === Date.parse('2026-02-16T15:00:00Z'));
      expect(giaoThua?.end).toBe(Date.parse('2026-02-16T23:00:00Z'));
      expect(events.map((e) => [e.start, e.end])).toEqual(shifts.map((s) => [s.start, s.end]));
      for (const e of events) {
        expect(e.organizer).toBe('mailto:ttcntt@binhson.gov.vn');
        expect(e.alarms).toBe(2);
        expect(e.sequence).toBe(0);
      }
    }
  });

  it('is RFC 5545/5546 shaped: PUBLISH with ORGANIZER, UTC DTSTAMP, VTIMEZONE, VN-zoned times, alarms from the plan', () => {
    const text = rosterCalendar(source, settings);
    expect(text).toContain('METHOD:PUBLISH');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    expect(text).not.toContain('TIMEZONE-ID');
    const stamps = text.match(/^DTSTAMP.*$/gm) ?? [];
    expect(stamps).toHaveLength(shifts.length);
    for (const stamp of stamps) expect(stamp).toBe('DTSTAMP:20260205T020000Z');
    expect(text.match(/^ORGANIZER.*$/gm)).toHaveLength(shifts.length);
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260216T220000');
    expect(text).toContain('TRIGGER:-P1D');
    expect(text).toContain('TRIGGER:-PT1H');
    expect(text).toContain('SUMMARY:Trực ATTT — Ca đêm 22:00–06:00');
  });

  it('describes the role, the leader and colleagues with phones, the duties and the emergency contacts', () => {
    const files = personCalendars(source, settings);
    const mai = files.find((f) => f.fullName === 'Hoàng Thị Mai')!;
    const event = Object.values(nodeIcal.sync.parseICS(mai.ics)).find((c) => c?.type === 'VEVENT') as nodeIcal.VEvent;
    const description = String(event.description);
    expect(description).toMatch(/^Vị trí: Cán bộ kỹ thuật/);
    expect(description).toMatch(/Lãnh đạo trực:\n- Lãnh đạo trực: .+ — 0\d{3} \d{3} \d{3}/);
    expect(description).toContain('Cùng ca:');
    // The others on the shift, never the person themself.
    expect(description).not.toContain('Hoàng Thị Mai');
    expect(description).toContain('SOC');
    expect(description).toContain('VNCERT/CC');
    expect(description).toContain('086.9100.317');
  });

  it('gives each person a file of their assignments, Windows-safe names distinct for namesakes', () => {
    const files = personCalendars(source, settings);
    const names = files.map((f) => f.fileName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9-]+\.ics$/);
    expect(names).toContain('Nguyen-Van-Hung-1.ics');
    expect(names).toContain('Nguyen-Van-Hung-2.ics');
    const seatCount = plan.assignments.length;
    const total = files.reduce((n, f) => n + parseWithIcalJs(f.ics).length, 0);
    expect(total).toBe(seatCount);
    for (const f of files) {
      const own = plan.assignments.filter((a) => a.staffId === f.staffId);
      expect(
        parseWithNodeIcal(f.ics)
          .map((e) => e.start)
          .sort(),
      ).toEqual(own.map((a) => shifts.find((s) => a.seatId.startsWith(`${s.id}/`))!.start).sort());
    }
  });

  it('keeps UIDs across re-exports and changes them for a duplicated plan', () => {
    const uids = (p: Plan) => personCalendars(exportSource(p, NOW), settings).flatMap((f) => parseWithIcalJs(f.ics).map((e) => e.uid));
    const again = structuredClone(plan);
    expect(uids(again)).toEqual(uids(plan));
    expect(rosterCalendar(exportSource(again, NOW), settings)).toBe(rosterCalendar(source, settings));
    const copy: Plan = { ...structuredClone(plan), id: 'tet-2026-copy' };
    const copied = new Set(uids(copy));
    expect(uids(plan).some((uid) => copied.has(uid))).toBe(false);
  });

  it('raises SEQUENCE for a changed shift and cancels the event of a person taken off it', () => {
    const changed = plan.assignments.find((a) => a.seatId.startsWith('2026-02-16/dem/ky-thuat'))!;
    const removed = changed.staffId;
    const replacement = plan.staff.find((s) => s.roles.includes('technician') && !plan.assignments.some((a) => a.seatId.startsWith('2026-02-16/dem/') && a.staffId === s.id))!;
    const v2 = publish({ ...plan, assignments: plan.assignments.map((a) => (a === changed ? { ...a, staffId: replacement.id } : a)) }, '2026-02-10T02:00:00.000Z');
    const source2 = exportSource(v2, NOW);
    expect(source2.version).toBe(2);

    for (const parse of [parseWithIcalJs, parseWithNodeIcal]) {
      const roster = byUid(parse(rosterCalendar(source2, settings)));
      const night = [...roster.values()].find((e) => e.start === Date.parse('2026-02-16T15:00:00Z'))!;
      expect(night.sequence).toBe(1);
      expect([...roster.values()].filter((e) => e.sequence > 0)).toHaveLength(1);

      const files = personCalendars(source2, settings);
      const gone = parse(files.find((f) => f.staffId === removed)!.ics).find((e) => e.start === night.start)!;
      expect(gone.status).toBe('CANCELLED');
      expect(gone.sequence).toBe(1);
      expect(gone.alarms).toBe(0);
      const added = parse(files.find((f) => f.staffId === replacement.id)!.ics).find((e) => e.start === night.start)!;
      expect(added.status).toBe('CONFIRMED');
      expect(added.sequence).toBe(0);
      // Colleagues on that shift see the new name in their event: it changed too.
      const colleague = plan.assignments.find((a) => a.seatId === '2026-02-16/dem/ky-thuat-attt')!.staffId;
      expect(parse(files.find((f) => f.staffId === colleague)!.ics).find((e) => e.start === night.start)!.sequence).toBe(1);
    }
  });

  it('exports the working copy of a plan never published, and refuses without the unit email', () => {
    const draft = rosteredTetPlan();
    const draftSource = exportSource(draft, NOW);
    expect(draftSource.version).toBeNull();
    expect(parseWithIcalJs(rosterCalendar(draftSource, settings))).toHaveLength(shifts.length);
    expect(() => rosterCalendar(draftSource, { ...settings, organisation: { unitEmail: '' } })).toThrow(/email đơn vị/);
  });
});

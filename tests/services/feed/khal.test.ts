import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/app';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { serveStatic } from '../../e2e/harness/static-server';
import { Khal, Subscriptions, type KhalEvent } from '../../helpers/khal';
import { publish, storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { tempDir, tempServices } from '../../helpers/services';

const WINDOW = { start: '2026-02-16T07:30', end: '2026-02-18T07:30' };
/** Read independently of the app's own time code: Intl in Vietnam's zone, as khal is configured. */
const vnText = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const vn = (date: Date) => vnText.format(date).replace(',', '');

/** What khal should show of an exported .ics: every event at its instant, its status and title. */
function expected(ics: string, withUid = true): KhalEvent[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((e) => ({
      start: vn((e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate()),
      end: vn((e.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate()),
      calendar: '',
      uid: withUid ? String(e.getFirstPropertyValue('uid')) : '',
      status: String(e.getFirstPropertyValue('status')),
      title: String(e.getFirstPropertyValue('summary')),
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
const sorted = (events: KhalEvent[] | undefined, withUid = true) =>
  (events ?? []).map((e) => ({ ...e, calendar: '', uid: withUid ? e.uid : '' })).sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));

let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

async function rig() {
  const folder = tempDir('lich-truc-feed-');
  const { services } = tempServices({ now: '2026-02-10T02:00:00.000Z' });
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  // The folder served over loopback as the unit's web server would serve it.
  const server = await serveStatic(folder);
  closeServer = server.close;
  await services.feedSettings.setFolder(folder);
  await services.feedSettings.update({ baseUrl: server.url });
  const v1: Plan = { ...tetRoster({ window: WINDOW, name: 'Trực Tết Bính Ngọ 2026' }), id: 'khal-tet' };
  await storePlan(services, v1);
  return { services, folder, v1 };
}

/** kt-01 loses a shift; kt-03's shift of the 17th goes to kt-04. */
function secondVersion(v1: Plan): Plan {
  const dropped = v1.assignments.find((a) => a.staffId === 'kt-01')!.seatId;
  const moved = v1.assignments.find((a) => a.staffId === 'kt-03' && a.seatId.startsWith('2026-02-17/'))!.seatId;
  return publish({ ...v1, assignments: v1.assignments.flatMap((a) => (a.seatId === dropped ? [] : a.seatId === moved ? [{ ...a, staffId: 'kt-04' }] : [a])) }, '2026-02-05T02:00:00.000Z');
}

const exportOf = (services: Services, plan: Plan, staffId: string | null) => {
  const source = exportSource(plan, services.ctx.clock.now());
  return staffId === null ? rosterCalendar(source, services.settings.get()) : personCalendars(source, services.settings.get()).find((c) => c.staffId === staffId)!.ics;
};

// Each test runs khal and vdirsyncer (Python) several times: seconds each on a busy 2-core machine.
describe('the feed folder read by khal (Debian)', { timeout: 60_000 }, () => {
  it('subscribed over http with vdirsyncer, each address shows that person’s shifts at the exported instants; after v2 the same addresses show v2', async () => {
    const { services, v1 } = await rig();
    const first = await services.feed.write({ planId: v1.id });
    const watched = [null, 'kt-01', 'kt-03', 'kt-04'];
    const name = (staffId: string | null) => (staffId ?? 'roster').replace(/-/g, '');
    const khal = new Khal(tempDir('lich-truc-khal-'), watched.map(name));
    const subscriptions = await Subscriptions.discover(
      khal.folder,
      Object.fromEntries(watched.map((staffId) => [name(staffId), { url: first.files.find((f) => f.staffId === staffId)!.url, vdir: khal.vdir(name(staffId)) }])),
    );
    await subscriptions.sync();
    const seen1 = khal.list('15/02/2026', 5);
    for (const staffId of watched) {
      // vdirsyncer's http storage re-keys items by their content (feeds' UIDs are not trusted), so UIDs are compared below with khal import.
      expect(sorted(seen1.get(name(staffId)), false)).toEqual(expected(exportOf(services, v1, staffId), false));
    }
    // An anchor independent of every conversion: An's first shift starts with the window, 16/02/2026 07:30.
    expect(seen1.get('kt01')![0]).toMatchObject({ start: '16/02/2026 07:30', status: 'CONFIRMED' });

    const v2 = secondVersion(v1);
    await storePlan(services, v2);
    await services.feed.write({ planId: v1.id });
    await subscriptions.sync();
    const seen2 = khal.list('15/02/2026', 5);
    for (const staffId of watched) expect(sorted(seen2.get(name(staffId)), false)).toEqual(expected(exportOf(services, v2, staffId), false));
    expect(seen2.get('kt01')!.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
    expect(seen2.get('kt03')!.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
  });

  it('imported with khal import, v2 replaces each event by its UID: no event twice, the removed shift cancelled, SEQUENCE carried', async () => {
    const { services, folder, v1 } = await rig();
    const khal = new Khal(tempDir('lich-truc-khal-'), ['kt01']);
    const first = await services.feed.write({ planId: v1.id });
    const file = join(folder, first.files.find((f) => f.staffId === 'kt-01')!.fileName);
    khal.import('kt01', file);
    expect(sorted(khal.list('15/02/2026', 5).get('kt01'))).toEqual(expected(exportOf(services, v1, 'kt-01')));

    const v2 = secondVersion(v1);
    await storePlan(services, v2);
    await services.feed.write({ planId: v1.id });
    khal.import('kt01', file);
    const after = khal.list('15/02/2026', 5).get('kt01')!;
    expect(sorted(after)).toEqual(expected(exportOf(services, v2, 'kt-01')));
    expect(new Set(after.map((e) => e.uid)).size).toBe(after.length);
    const cancelled = after.filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    // khal keeps one file per UID: the cancelled event replaced the v1 one, one SEQUENCE higher.
    expect(readdirSync(khal.vdir('kt01'))).toHaveLength(after.length);
    expect(readFileSync(join(khal.vdir('kt01'), `${cancelled[0]!.uid}.ics`), 'utf8')).toMatch(/^SEQUENCE:1\r?$/m);
  });

  it('khal printics reads the whole roster’s file straight from the folder', async () => {
    const { services, folder, v1 } = await rig();
    const result = await services.feed.write({ planId: v1.id });
    const khal = new Khal(tempDir('lich-truc-khal-'), ['none']);
    const roster = khal.printics(join(folder, result.files.find((f) => f.staffId === null)!.fileName));
    expect(sorted(roster)).toEqual(expected(exportOf(services, v1, null)));
    expect(roster).toHaveLength(7);
  });
});

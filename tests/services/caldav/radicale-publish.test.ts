import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemTimer, type EventSink } from '../../../electron/services/adapters';
import { countOutcomes, type CaldavPublishResult, type ObjectOutcome } from '../../../shared/caldav/result';
import { personCalendars, rosterCalendar } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { publish, storePlan } from '../../helpers/publish';
import { readWithPythonCaldav, editWithPythonCaldav, startRadicale, type ReadCalendar, type TestRadicale } from '../../helpers/radicale';
import { tetRoster } from '../../helpers/reminders';
import { fakeSecretBox } from '../../helpers/secrets';
import { tempServices } from '../../helpers/services';
import { viText } from '../../helpers/said';

const UNIT_EMAIL = 'ttcntt@stttt.example.vn';
let radicale: TestRadicale;

beforeAll(async () => {
  radicale = await startRadicale();
});
afterAll(() => radicale?.stop());

async function rig(options: { events?: EventSink; now?: string } = {}) {
  const { services, dataDir, clock } = tempServices({
    now: options.now ?? '2026-02-02T02:00:00.000Z',
    ...(options.events ? { events: options.events } : {}),
    timer: systemTimer,
    secrets: fakeSecretBox,
    caldav: { retryDelaysMs: [20, 50] },
  });
  await services.settings.update({ organisation: { unitEmail: UNIT_EMAIL } });
  await services.caldavSettings.update({ url: radicale.url, user: radicale.user, password: radicale.password });
  return { services, dataDir, clock };
}

/** A plan of its own per test: its own id gives it its own calendars on the shared server. */
/** Two days of Tết 2026 (16/02 07:30 → 18/02 07:30, 21 assignments): Radicale takes ~0.1 s per PUT. */
const WINDOW = { start: '2026-02-16T07:30', end: '2026-02-18T07:30' };
const planOf = (id: string, name: string): Plan => ({ ...tetRoster({ name, window: WINDOW }), id });

const outcomes = (result: CaldavPublishResult) => Object.fromEntries(Object.entries(countOutcomes(result)).filter(([, n]) => n > 0)) as Partial<Record<ObjectOutcome, number>>;
const calendarsOf = (read: ReadCalendar[], plan: Plan) => read.filter((c) => c.url.includes(`/lich-truc-${plan.id}`));
const objectsOf = (read: ReadCalendar[], plan: Plan) => calendarsOf(read, plan).flatMap((c) => c.objects);

/** The events of exported .ics text, as the server's reader reports them. */
function exportedEvents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    sequence: Number(e.getFirstPropertyValue('sequence')),
    status: String(e.getFirstPropertyValue('status')),
    start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString().replace('.000Z', 'Z'),
    end: (e.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString().replace('.000Z', 'Z'),
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description')),
  }));
}
const onServer = (objects: ReturnType<typeof objectsOf>) =>
  objects.flatMap((o) => o.events.map(({ uid, sequence, status, start, end, summary, description }) => ({ uid, sequence, status, start, end, summary, description })));
/** Only this plan's calendars, as the independent client reads them. */
const readPlan = (plan: Plan) => readWithPythonCaldav(radicale, `/lich-truc-${plan.id}`);
const byUid = <T extends { uid: string }>(list: T[]) => [...list].sort((a, b) => a.uid.localeCompare(b.uid));

describe('CalDAV publish to a real Radicale, read back by python3-caldav', () => {
  it('v1 puts every event of each person in their own calendar exactly as their exported .ics; v2 updates in place, cancels what was removed and leaves the rest untouched', async () => {
    const { services, dataDir, clock } = await rig();
    const v1 = planOf('caldav-v1v2', 'Trực Tết Bính Ngọ 2026');
    await storePlan(services, v1);

    const first = await services.caldav.publish({ planId: v1.id });
    const files = personCalendars(exportSource(v1, clock.now()), services.settings.get());
    const expected = files.flatMap((f) => exportedEvents(f.ics));
    expect(first.complete).toBe(true);
    expect(outcomes(first)).toEqual({ created: expected.length });
    expect(first.calendars.map((c) => c.personName).sort()).toEqual(files.map((f) => f.fullName).sort());
    // The password reached the server, never the store.
    expect(readFileSync(`${dataDir}/caldav.json`, 'utf8')).not.toContain(radicale.password);

    const read1 = readPlan(v1);
    // One calendar per person, named after the plan and the person.
    expect(
      calendarsOf(read1, v1)
        .map((c) => c.name)
        .sort(),
    ).toEqual(files.map((f) => `Trực Tết Bính Ngọ 2026 — ${f.fullName}`).sort());
    const objects1 = objectsOf(read1, v1);
    // RFC 4791 §4.1: one event per resource, with its VTIMEZONE, no METHOD.
    expect(objects1.every((o) => o.events.length === 1 && o.method === null && o.vtimezones.join() === 'Asia/Ho_Chi_Minh')).toBe(true);
    expect(objects1.every((o) => o.events[0]!.tzid === 'Asia/Ho_Chi_Minh' && o.events[0]!.organizer.toLowerCase() === `mailto:${UNIT_EMAIL}`)).toBe(true);
    expect(objects1.every((o) => o.events[0]!.alarms.join() === '-P1D,-PT1H')).toBe(true);
    // Every event at the exported instant, with the exported UID, SEQUENCE, text.
    expect(byUid(onServer(objects1))).toEqual(byUid(expected));
    // The first shift starts with the window, 16/02/2026 07:30 in Vietnam (UTC+7).
    const an = calendarsOf(read1, v1).find((c) => c.name.endsWith('Nguyễn Văn An'))!;
    expect(an.objects.map((o) => o.events[0]!.start).sort()[0]).toBe('2026-02-16T00:30:00Z');

    // A dry run says what v2 would change; nothing is sent.
    const swap = v1.assignments.find((a) => a.staffId === 'kt-03' && a.seatId.startsWith('2026-02-17/'))!.seatId;
    const dropped = v1.assignments.find((a) => a.staffId === 'kt-01' && a.seatId.startsWith('2026-02-16/'))!.seatId;
    const v2: Plan = publish({ ...v1, assignments: v1.assignments.flatMap((a) => (a.seatId === dropped ? [] : a.seatId === swap ? [{ ...a, staffId: 'kt-04' }] : [a])) }, '2026-02-05T02:00:00.000Z');
    await storePlan(services, v2);
    const preview = await services.caldav.publish({ planId: v1.id, dryRun: true });
    expect(readPlan(v1)).toEqual(read1);

    const second = await services.caldav.publish({ planId: v1.id });
    expect(second.complete).toBe(true);
    expect(outcomes(preview)).toEqual(outcomes(second));
    const shift = (seatId: string) => seatId.split('/').slice(0, 2).join('/');
    const sameShift = (seatId: string) => v1.assignments.filter((a) => shift(a.seatId) === shift(seatId)).length;
    // kt-03 loses a shift (cancelled) that kt-04 gets (created); kt-01's dropped shift is cancelled; the
    // others on those two shifts get SEQUENCE+1 (their "Cùng ca" changed); nothing else is sent.
    expect(outcomes(second)).toEqual({
      created: 1,
      cancelled: 2,
      updated: sameShift(swap) - 1 + sameShift(dropped) - 1,
      unchanged: expected.length - 2 - (sameShift(swap) - 1 + sameShift(dropped) - 1),
    });

    const read2 = readPlan(v1);
    const objects2 = objectsOf(read2, v1);
    const expected2 = personCalendars(exportSource(v2, clock.now()), services.settings.get()).flatMap((f) => exportedEvents(f.ics));
    // The server holds what the v2 export holds, cancelled events included; no duplicates.
    expect(byUid(onServer(objects2))).toEqual(byUid(expected2));
    expect(new Set(objects2.map((o) => o.events[0]!.uid)).size).toBe(objects2.length);
    // In place: every v1 resource is still at its URL; an ETag moved exactly when the event was sent.
    const before = new Map(objects1.map((o) => [o.href, o]));
    const sent = new Set(second.calendars.flatMap((c) => c.objects.filter((o) => o.outcome !== 'unchanged').map((o) => o.uid)));
    for (const object of objects2) {
      const old = before.get(object.href);
      if (!old) {
        expect(object.events[0]!.uid).toContain('kt-04');
        continue;
      }
      expect(object.events[0]!.uid).toBe(old.events[0]!.uid);
      if (sent.has(object.events[0]!.uid)) {
        expect(object.etag).not.toBe(old.etag);
        expect(object.events[0]!.sequence).toBe(old.events[0]!.sequence + 1);
      } else expect(object.etag).toBe(old.etag);
    }
    expect(objects2.filter((o) => o.events[0]!.status === 'CANCELLED').map((o) => o.events[0]!.uid)).toEqual(
      expect.arrayContaining([expect.stringContaining('kt-03'), expect.stringContaining('kt-01')]),
    );

    // Publishing again sends nothing; the status is kept for the Xuất bản screen.
    expect(outcomes(await services.caldav.publish({ planId: v1.id }))).toEqual({ unchanged: expected2.length });
    expect(services.caldav.status(v1.id).last?.version).toBe(2);
  });

  it('one shared team calendar holds the whole-roster events, as the roster .ics export', async () => {
    const { services, clock } = await rig();
    const plan = planOf('caldav-team', 'Trực Tết — cả đội');
    await storePlan(services, plan);
    await services.caldav.setTarget(plan.id, 'team');

    const result = await services.caldav.publish({ planId: plan.id });

    expect(result.complete).toBe(true);
    const calendars = calendarsOf(readPlan(plan), plan);
    expect(calendars.map((c) => c.name)).toEqual(['Trực Tết — cả đội']);
    expect(byUid(onServer(calendars[0]!.objects))).toEqual(byUid(exportedEvents(rosterCalendar(exportSource(plan, clock.now()), services.settings.get()))));
  });

  it('a server edit behind the app’s back answers 412: reported per event, the server’s copy kept, the rest published', async () => {
    const { services } = await rig();
    const v1 = planOf('caldav-412', 'Trực Tết 412');
    await storePlan(services, v1);
    await services.caldav.publish({ planId: v1.id });
    const mine = objectsOf(readPlan(v1), v1).find((o) => o.events[0]!.uid.includes('.2026-02-17_') && o.events[0]!.uid.endsWith('.kt-02@lich-truc'))!;
    editWithPythonCaldav(radicale, mine.href, 'Đã đổi trên máy chủ');

    const other = v1.assignments.find((a) => a.staffId === 'kt-04' && a.seatId.startsWith('2026-02-16/'))!.seatId;
    const gone = v1.assignments.find((a) => mine.events[0]!.uid.includes(a.seatId.replace(/[^A-Za-z0-9-]+/g, '_')) && a.staffId === 'kt-02')!.seatId;
    const v2 = publish({ ...v1, assignments: v1.assignments.filter((a) => a.seatId !== gone && a.seatId !== other) }, '2026-02-05T02:00:00.000Z');
    await storePlan(services, v2);
    const result = await services.caldav.publish({ planId: v1.id });

    expect(result.complete).toBe(false);
    const conflicts = result.calendars.flatMap((c) => c.objects.filter((o) => o.outcome === 'conflict').map((o) => ({ ...o, reason: viText(o.reason), person: c.personName })));
    expect(conflicts).toEqual([expect.objectContaining({ uid: mine.events[0]!.uid, person: 'Trần Thị Bình', reason: expect.stringContaining('412') })]);
    expect(countOutcomes(result).cancelled).toBe(1);
    const after = objectsOf(readPlan(v1), v1).find((o) => o.href === mine.href)!;
    expect(after.events[0]!.summary).toBe('Đã đổi trên máy chủ');
    expect(after.events[0]!.status).not.toBe('CANCELLED');
    // Still reported, still not overwritten, the next time.
    expect(outcomes(await services.caldav.publish({ planId: v1.id }))).toMatchObject({ conflict: 1 });
    expect(objectsOf(readPlan(v1), v1).find((o) => o.href === mine.href)!.events[0]!.summary).toBe('Đã đổi trên máy chủ');
  });

  it('a server killed mid-publish: the status says which events failed or were not sent; the next publish completes with nothing duplicated or lost', async () => {
    let killed = false;
    const { services, clock } = await rig({
      events: {
        emit(event, payload) {
          if (event === 'caldav:progress' && (payload as { done: number }).done >= 10 && !killed) {
            killed = true;
            radicale.kill();
          }
        },
      },
    });
    const plan = planOf('caldav-kill', 'Trực Tết — mất điện');
    await storePlan(services, plan);
    const total = personCalendars(exportSource(plan, clock.now()), services.settings.get()).flatMap((f) => exportedEvents(f.ics)).length;

    const cut = await services.caldav.publish({ planId: plan.id });
    expect(killed).toBe(true);
    expect(cut.complete).toBe(false);
    const counts = countOutcomes(cut);
    expect(counts.created).toBeGreaterThanOrEqual(10);
    expect(counts.failed).toBeGreaterThanOrEqual(1);
    expect(counts.created + counts.failed + counts.skipped).toBe(total);
    const failed = cut.calendars.flatMap((c) => c.objects).find((o) => o.outcome === 'failed')!;
    expect(viText(failed.reason)).toMatch(/từ chối kết nối|ngắt giữa chừng/);
    expect(viText(cut.calendars.flatMap((c) => c.objects).find((o) => o.outcome === 'skipped')?.reason)).toMatch(/^Chưa gửi: /);

    await radicale.start();
    const resumed = await services.caldav.publish({ planId: plan.id });
    expect(resumed.complete).toBe(true);
    expect(countOutcomes(resumed).unchanged).toBe(counts.created);
    const objects = objectsOf(readPlan(plan), plan);
    expect(objects).toHaveLength(total);
    expect(new Set(objects.map((o) => o.events[0]!.uid)).size).toBe(total);
    expect(byUid(onServer(objects))).toEqual(byUid(personCalendars(exportSource(plan, clock.now()), services.settings.get()).flatMap((f) => exportedEvents(f.ics))));
  });

  it('after the period, cancelled events are deleted from the server and not sent again', async () => {
    const { services, clock } = await rig();
    const v1 = planOf('caldav-after', 'Trực Tết — sau kỳ');
    await storePlan(services, v1);
    await services.caldav.publish({ planId: v1.id });
    const dropped = v1.assignments.find((a) => a.staffId === 'kt-03')!.seatId;
    await storePlan(services, publish({ ...v1, assignments: v1.assignments.filter((a) => a.seatId !== dropped) }, '2026-02-05T02:00:00.000Z'));
    await services.caldav.publish({ planId: v1.id });
    const count = objectsOf(readPlan(v1), v1).length;

    clock.set('2026-02-19T02:00:00.000Z');
    const after = await services.caldav.publish({ planId: v1.id });
    expect(outcomes(after)).toMatchObject({ deleted: 1 });
    const left = objectsOf(readPlan(v1), v1);
    expect(left).toHaveLength(count - 1);
    expect(left.some((o) => o.events[0]!.status === 'CANCELLED')).toBe(false);
    expect(countOutcomes(await services.caldav.publish({ planId: v1.id })).deleted).toBe(0);
  });

  it('a wrong password is refused with a clear message and nothing is sent', async () => {
    const { services } = await rig();
    const plan = planOf('caldav-401', 'Trực Tết — sai mật khẩu');
    await storePlan(services, plan);
    await services.caldavSettings.update({ password: 'sai-mật-khẩu' });

    await expect(services.caldav.publish({ planId: plan.id })).rejects.toMatchObject({
      code: 'CALDAV_FAILED',
      message: expect.stringMatching(/từ chối tên đăng nhập "truongphong" hoặc mật khẩu \(401\)/),
    });
    expect(calendarsOf(readPlan(plan), plan)).toEqual([]);
    expect(services.caldav.status(plan.id).last).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { noSecrets, type SecretBox } from '../../../electron/services/adapters';
import { AppError } from '../../../shared/errors/app-error';
import { personCalendars, personEvents } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import type { Settings } from '../../../shared/settings/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import { leaves, type MimePart } from '../../helpers/mime';
import { publish, storePlan } from '../../helpers/publish';
import { FakeTimer, tetRoster } from '../../helpers/reminders';
import { fakeClock, tempServices } from '../../helpers/services';
import { parseWithPythonIcalendar } from '../../helpers/python-icalendar';
import { fakeSecretBox as fakeBox } from '../../helpers/secrets';
import { startSmtp, type Received, type TestSmtp } from '../../helpers/smtp';
import { viText } from '../../helpers/said';

const PASSWORD = 'Mật-khẩu-SMTP-2026!';
const UNIT_EMAIL = 'ttcntt@stttt.example.vn';

async function mailRig(smtp: TestSmtp, secrets: SecretBox = fakeBox) {
  const clock = fakeClock('2026-02-02T02:00:00.000Z');
  const timer = new FakeTimer(clock);
  const { services, dataDir } = tempServices({ clock, timer, secrets });
  await services.settings.update({ organisation: { unitEmail: UNIT_EMAIL } });
  await services.mailSettings.update({ host: '127.0.0.1', port: smtp.port, security: 'none', user: 'lichtruc', senderName: 'Lịch Trực TTCNTT', senderAddress: 'lichtruc@ttcntt.example.vn' });
  return { services, dataDir, clock, timer };
}

const calendarOf = (mail: Received): MimePart => {
  const part = leaves(mail.mime).find((p) => (p.headers.get('content-type') ?? '').startsWith('text/calendar'));
  if (!part) throw new Error('no text/calendar part');
  return part;
};
const textOf = (mail: Received) => leaves(mail.mime).find((p) => (p.headers.get('content-type') ?? '').startsWith('text/plain'))?.body ?? '';
const mailTo = (smtp: TestSmtp, staffId: string) => smtp.received.filter((m) => m.to.includes(`${staffId}@ttcntt.example.vn`));

/** A day of the Tết 2026 roster across midnight: enough shifts (and mails, one per assignment) to see every case. */
const WINDOW = { start: '2026-02-16T14:00', end: '2026-02-17T14:00' };
const roster = (publishedAt?: string) => tetRoster({ window: WINDOW, ...(publishedAt ? { publishedAt } : {}) });

/** Every calendar a mail carries, as the MIME part declares it and as ical.js and python3-icalendar read it. */
function itipOf(mails: readonly Received[]) {
  const parts = mails.map(calendarOf);
  const python = parseWithPythonIcalendar(parts.map((p) => p.body));
  return mails.map((mail, i) => {
    const part = parts[i]!;
    const root = new ICAL.Component(ICAL.parse(part.body));
    const events = root.getAllSubcomponents('vevent');
    return {
      to: mail.to[0] ?? '',
      mimeMethod: /method=([A-Z]+)/i.exec(part.headers.get('content-type') ?? '')?.[1]?.toUpperCase(),
      body: part.body,
      icaljs: {
        method: root.getFirstPropertyValue('method'),
        uids: events.map((e) => String(e.getFirstPropertyValue('uid'))),
        sequences: events.map((e) => Number(e.getFirstPropertyValue('sequence'))),
        statuses: events.map((e) => String(e.getFirstPropertyValue('status'))),
        organizers: events.map((e) => String(e.getFirstPropertyValue('organizer')).toLowerCase()),
        attendees: events.map((e) => e.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())),
      },
      python: python[i]!,
    };
  });
}

/** RFC 5546 §3.2.2/§3.2.5 as Outlook and Gmail need it, checked by both parsers on every message. */
function expectOneEventItip(messages: ReturnType<typeof itipOf>) {
  for (const m of messages) {
    const { icaljs, python } = m;
    expect(icaljs.method).toBe(m.mimeMethod);
    expect(python.method).toBe(m.mimeMethod);
    expect(python.errors).toEqual([]);
    expect(new Set(icaljs.uids).size).toBe(1);
    expect(python.events.map((e) => e.uid)).toEqual(icaljs.uids);
    expect(python.events.map((e) => e.sequence)).toEqual(icaljs.sequences);
    expect(icaljs.organizers).toEqual([`mailto:${UNIT_EMAIL}`]);
    expect(python.events.map((e) => e.organizer?.toLowerCase())).toEqual([`mailto:${UNIT_EMAIL}`]);
    expect(icaljs.attendees).toEqual([[`mailto:${m.to}`]]);
    expect(python.events.map((e) => e.attendees.map((a) => a.toLowerCase()))).toEqual([[`mailto:${m.to}`]]);
    expect(icaljs.statuses).toEqual([m.mimeMethod === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED']);
  }
}

/** Per exported file, each event's SEQUENCE as ical.js reads it (cancelled events apart). */
function exportedSequences(plan: Plan, settings: Settings): Map<string, { sequence: number; cancelled: boolean; staffId: string }> {
  const out = new Map<string, { sequence: number; cancelled: boolean; staffId: string }>();
  for (const file of personCalendars(exportSource(plan, new Date(plan.versions.at(-1)!.publishedAt)), settings)) {
    for (const e of new ICAL.Component(ICAL.parse(file.ics)).getAllSubcomponents('vevent')) {
      out.set(String(e.getFirstPropertyValue('uid')), { sequence: Number(e.getFirstPropertyValue('sequence')), cancelled: e.getFirstPropertyValue('status') === 'CANCELLED', staffId: file.staffId });
    }
  }
  return out;
}

const withStaff = (plan: Plan, id: string, change: Partial<StaffMember>): Plan => ({ ...plan, staff: plan.staff.map((s) => (s.id === id ? { ...s, ...change } : s)) });

describe('"Gửi lịch trực" over a real SMTP server', () => {
  it('mails one iTIP REQUEST per assignment, each with one UID, METHOD as the MIME method=, ORGANIZER and ATTENDEE, read alike by ical.js and python3-icalendar', async () => {
    const smtp = await startSmtp();
    const { services, dataDir, clock } = await mailRig(smtp);
    await services.mailSettings.update({ password: PASSWORD });
    const plan = roster();
    await storePlan(services, plan);

    const result = await services.mail.sendRoster(plan.id);

    const expectedAll = personEvents(plan.versions[0]!.plan, services.settings.get());
    expect(result.mails.map((e) => e.status)).toEqual(expectedAll.map(() => 'sent'));
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(expectedAll.map((e) => e.person.email).sort());
    expect(smtp.logins.every((l) => l.user === 'lichtruc' && l.pass === PASSWORD)).toBe(true);
    // The password reached the server, but never the store.
    expect(readFileSync(`${dataDir}/mail.json`, 'utf8')).not.toContain(PASSWORD);

    const messages = itipOf(smtp.received);
    expectOneEventItip(messages);
    expect(messages.every((m) => m.mimeMethod === 'REQUEST')).toBe(true);
    // Every assignment once: a person with four shifts gets four invitations.
    expect(messages.map((m) => m.icaljs.uids[0]).sort()).toEqual(expectedAll.map((e) => e.uid).sort());

    const expected = expectedAll.filter((e) => e.person.id === 'kt-01');
    const mails = mailTo(smtp, 'kt-01');
    expect(mails).toHaveLength(expected.length);
    const first = mails.find((m) => itipOf([m])[0]!.icaljs.uids[0] === expected[0]!.uid)!;
    expect(first.mime.headers.get('subject')).toBe('[Lịch Trực] Ca trực: Ca chiều 14:00–22:00, Thứ Hai, 16/02/2026 — Trực Tết Bính Ngọ 2026');
    expect(first.mime.headers.get('message-id')).toMatch(/^<[0-9a-f]{40}\.lich-truc@ttcntt\.example\.vn>$/);
    expect(textOf(first)).toContain('Kính gửi Nguyễn Văn An,');
    expect(textOf(first)).toContain('• Ca chiều 14:00–22:00, Thứ Hai, 16/02/2026 — Cán bộ kỹ thuật ATTT');
    expect(textOf(first)).toMatch(/Lãnh đạo trực:\r?\n- Lãnh đạo trực: (Lê Văn Hùng|Phạm Thị Lan) — /);

    const calendar = calendarOf(first);
    const parsed = new ICAL.Component(ICAL.parse(calendar.body));
    expect(parsed.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const event = parsed.getFirstSubcomponent('vevent')!;
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime() * 1000).toBe(expected[0]!.start);
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toUnixTime() * 1000).toBe(expected[0]!.end);
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    expect(event.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-86400, -3600]);
    expect(calendar.body).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const python = parseWithPythonIcalendar([calendar.body])[0]!;
    expect(python.events.map((e) => [e.start, e.end])).toEqual([[expected[0]!.start, expected[0]!.end]]);
    expect(python.events[0]?.summary).toBe('Trực ATTT — Ca chiều 14:00–22:00');

    // The same events as the person's exported file: UID, SEQUENCE, summary, and the description
    // with the duties and the emergency contacts.
    const exported = personCalendars(exportSource(plan, clock.now()), services.settings.get()).find((f) => f.staffId === 'kt-01')!;
    const content = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ['uid', 'sequence', 'summary', 'description'].map((p) => e.getFirstPropertyValue(p)));
    const mailedContent = mails.flatMap((m) => content(calendarOf(m).body)).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(mailedContent).toEqual(content(exported.ics).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(String(event.getFirstPropertyValue('description'))).toMatch(/Nhiệm vụ:[\s\S]*Liên hệ khẩn cấp:\n(- .*\n)*- .*VNCERT\/CC\): ĐT: 086\.9100\.317, Email: ir@vncert\.vn \(chưa xác minh\)/);
  });

  it('on re-publishing mails exactly the events whose SEQUENCE changed, including a leader’s new phone, with a CANCEL to the one taken off', async () => {
    const smtp = await startSmtp();
    const { services } = await mailRig(smtp);
    const settings = services.settings.get();
    const v1 = roster();
    await storePlan(services, v1);
    await services.mail.sendRoster(v1.id);
    const firstRound = smtp.received.length;

    // v2: kt-01 gives one seat to kt-02.
    const seatId = v1.assignments.find((a) => a.staffId === 'kt-01' && a.seatId.startsWith('2026-02-17/'))!.seatId;
    const v2 = publish({ ...v1, assignments: v1.assignments.map((a) => (a.seatId === seatId ? { ...a, staffId: 'kt-02' } : a)) }, '2026-02-05T02:00:00.000Z');
    // v3: only a leader's phone changes. The technicians on that leader's shifts must hear of it.
    const v3 = publish(withStaff(v2, 'ld-01', { phone: '0987654321' }), '2026-02-06T02:00:00.000Z');
    // v4: a time change, the duty ends at 10:00 on 17/02: the last shift is clipped, its events change.
    const v4 = publish({ ...v3, window: { ...v3.window, end: '2026-02-17T10:00' } }, '2026-02-07T02:00:00.000Z');

    let before = exportedSequences(v1, settings);
    let seen = firstRound;
    const rounds: { mailed: string[]; changed: string[] }[] = [];
    for (const version of [v2, v3, v4]) {
      await storePlan(services, version);
      await services.mail.sendRoster(version.id);
      const fresh = itipOf(smtp.received.slice(seen));
      seen = smtp.received.length;
      expectOneEventItip(fresh);
      // What the exported files say changed: a new event, or one whose SEQUENCE moved.
      const after = exportedSequences(version, settings);
      const changed = [...after].filter(([uid, e]) => (before.has(uid) ? before.get(uid)!.sequence !== e.sequence : !e.cancelled)).map(([uid, e]) => `${uid}#${e.sequence}`);
      rounds.push({ mailed: fresh.map((m) => `${m.icaljs.uids[0]}#${m.icaljs.sequences[0]}`).sort(), changed: changed.sort() });
      for (const m of fresh) expect(m.to).toBe(`${after.get(m.icaljs.uids[0]!)!.staffId}@ttcntt.example.vn`);
      before = after;
    }
    for (const round of rounds) expect(round.mailed).toEqual(round.changed);
    expect(rounds.map((r) => r.mailed.length > 0)).toEqual([true, true, true]);

    // v2: the CANCEL to kt-01, a new event (SEQUENCE 0) to kt-02, updates to the colleagues on that shift.
    const v2Mails = itipOf(smtp.received.slice(firstRound, firstRound + rounds[0]!.mailed.length));
    const cancel = v2Mails.find((m) => m.mimeMethod === 'CANCEL')!;
    expect(cancel.to).toBe('kt-01@ttcntt.example.vn');
    expect(cancel.icaljs.sequences).toEqual([1]);
    expect(cancel.icaljs.uids[0]).toMatch(/^tet-2026\.2026-02-17_[a-z]+_ky-thuat-attt\.kt-01@lich-truc$/);
    expect(v2Mails.find((m) => m.to.startsWith('kt-02') && m.icaljs.uids[0]!.endsWith('.kt-02@lich-truc') && m.icaljs.uids[0]!.includes(seatId.replace(/\//g, '_')))?.icaljs.sequences).toEqual([0]);

    // v3: only people who work under ld-01 were mailed, not ld-01 (their own event does not show their own phone).
    const v3Mails = itipOf(smtp.received.slice(firstRound + rounds[0]!.mailed.length, firstRound + rounds[0]!.mailed.length + rounds[1]!.mailed.length));
    const underLd01 = new Set(
      personEvents(v3.versions.at(-1)!.plan, settings)
        .filter((e) => e.description.includes('0987 654 321') || e.description.includes('0987654321'))
        .map((e) => e.uid),
    );
    expect(new Set(v3Mails.map((m) => m.icaljs.uids[0]))).toEqual(underLd01);
    expect(v3Mails.some((m) => m.to.startsWith('ld-01'))).toBe(false);
    expect(v3Mails.every((m) => m.mimeMethod === 'REQUEST' && m.body.includes('0987'))).toBe(true);

    // Asking again sends nothing more.
    await services.mail.sendRoster(v4.id);
    expect(smtp.received).toHaveLength(seen);
  });

  it('never mails a shift that is already over', async () => {
    const smtp = await startSmtp();
    const { services, clock } = await mailRig(smtp);
    const plan = roster();
    await storePlan(services, plan);
    clock.set(new Date('2026-02-17T00:00:00+07:00'));
    await services.mail.sendRoster(plan.id);
    const ends = itipOf(smtp.received).map((m) => parseWithPythonIcalendar([m.body])[0]!.events[0]!.end);
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((end) => end > clock.now().getTime())).toBe(true);
    expect(ends.length).toBeLessThan(personEvents(plan.versions[0]!.plan, services.settings.get()).length);
  });

  it('retries refusals (451, 550), a dropped connection and a refused login with backoff, and sends each message once', async () => {
    const smtp = await startSmtp();
    const { services, timer, clock } = await mailRig(smtp);
    await services.mailSettings.update({ password: PASSWORD });
    const plan = roster();
    await storePlan(services, plan);
    await services.reminders.engine.start();
    smtp.answers.push({ code: 451, message: '4.3.0 Hệ thống tạm thời bận' }, 'drop', { code: 550, message: '5.1.1 Mailbox unavailable' });

    const result = await services.mail.sendRoster(plan.id);
    const total = result.mails.length;
    expect(result.mails.map((e) => e.status)).toEqual(['retrying', 'retrying', 'retrying', ...Array.from({ length: total - 3 }, () => 'sent')]);
    expect(viText(result.mails[0]?.reason)).toMatch(/^máy chủ thư trả lời: 451 4\.3\.0/);
    expect(viText(result.mails[1]?.reason)).toMatch(/ECONNECTION|ngắt giữa chừng|closed|ETIMEDOUT|EENVELOPE|Connection/i);
    expect(viText(result.mails[2]?.reason)).toMatch(/^máy chủ thư trả lời: 550 5\.1\.1 Mailbox unavailable/);

    // The server now refuses logins: the next attempt fails with its 535 and is retried later.
    smtp.refuseAuth = true;
    await timer.runUntil(clock.now().getTime() + 61_000, () => services.reminders.engine.idle());
    const refused = services.reminders.engine.entries().filter((e) => e.reminder.kind === 'invitation' && e.status === 'retrying');
    expect(refused).toHaveLength(3);
    expect(refused.every((e) => e.attempts === 2 && /^máy chủ thư trả lời: 535/.test(viText(e.reason)))).toBe(true);

    smtp.refuseAuth = false;
    await timer.runUntil(clock.now().getTime() + 3 * 60_000, () => services.reminders.engine.idle());
    const entries = services.reminders.engine.entries().filter((e) => e.reminder.kind === 'invitation');
    expect(entries.every((e) => e.status === 'sent')).toBe(true);
    const ids = smtp.received.map((m) => m.mime.headers.get('message-id'));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(new Set(itipOf(smtp.received).map((m) => m.icaljs.uids[0])).size).toBe(total);
    services.reminders.engine.stop();
  });

  it('sends a test mail, and reports a refused login with the server’s reason', async () => {
    const smtp = await startSmtp();
    const { services } = await mailRig(smtp);
    await services.mailSettings.update({ password: PASSWORD });
    expect((await services.mail.test('truongphong@ttcntt.example.vn')).response).toMatch(/^250/);
    expect(textOf(smtp.received[0]!)).toContain('Thư thử từ ứng dụng Lịch Trực');
    smtp.refuseAuth = true;
    await expect(services.mail.test('truongphong@ttcntt.example.vn')).rejects.toThrow(/535 5\.7\.8/);
  });

  it('refuses to store a password where the OS offers no encryption, and says so', async () => {
    const smtp = await startSmtp();
    const { services, dataDir } = await mailRig(smtp, noSecrets);
    const attempt = services.mailSettings.update({ password: PASSWORD });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'SECRETS_UNAVAILABLE' });
    expect(readFileSync(`${dataDir}/mail.json`, 'utf8')).not.toContain(PASSWORD);
    expect(services.mailSettings.view()).toMatchObject({ hasPassword: false, canStorePassword: false, ready: true });
  });
});

import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { describe, expect, it } from 'vitest';
import { noDialogs, noEvents, noSecrets, type SecretBox } from '../../../electron/services/adapters';
import { createServices, type Services } from '../../../electron/services/app';
import { confFactory } from '../../../electron/services/store/conf-factory';
import { AppError } from '../../../shared/errors/app-error';
import { personCalendars, personEvents } from '../../../shared/export/ics/roster-calendars';
import { exportSource } from '../../../shared/export/source';
import type { Plan } from '../../../shared/plan/schema';
import { leaves, type MimePart } from '../../helpers/mime';
import { publish, storePlan } from '../../helpers/publish';
import { FakeTimer, TET_STAFF, tetRoster } from '../../helpers/reminders';
import { fakeClock, sequentialIds, tempDir } from '../../helpers/services';
import { startSmtp, type Received, type TestSmtp } from '../../helpers/smtp';

const PASSWORD = 'Mật-khẩu-SMTP-2026!';
const UNIT_EMAIL = 'ttcntt@stttt.example.vn';

/** Stands in for Electron safeStorage: reversible, and nothing like the plain text. */
const fakeBox: SecretBox = {
  available: () => true,
  seal: (plain) => `sealed:${Buffer.from([...plain].reverse().join('')).toString('hex')}`,
  open: (sealed) => [...Buffer.from(sealed.slice(7), 'hex').toString()].reverse().join(''),
};

async function mailRig(smtp: TestSmtp, secrets: SecretBox = fakeBox) {
  const dataDir = tempDir();
  const clock = fakeClock('2026-02-02T02:00:00.000Z');
  const timer = new FakeTimer(clock);
  const services: Services = createServices({ dataDir, confFactory, clock, ids: sequentialIds(), events: noEvents, dialogs: noDialogs, timer, secrets }, { error: () => {} });
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

describe('"Gửi lịch trực" over a real SMTP server', () => {
  it('mails every person an iTIP REQUEST that two parsers read with the exact instants, attendee, organizer and alarms', async () => {
    const smtp = await startSmtp();
    const { services, dataDir, clock } = await mailRig(smtp);
    await services.mailSettings.update({ password: PASSWORD });
    const plan = tetRoster();
    await storePlan(services, plan);

    const result = await services.mail.sendRoster(plan.id);

    expect(result.mails.map((e) => e.status)).toEqual(TET_STAFF.map(() => 'sent'));
    expect(
      smtp.received
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(TET_STAFF.map((s) => s.email).sort());
    expect(smtp.logins.every((l) => l.user === 'lichtruc' && l.pass === PASSWORD)).toBe(true);
    // The password reached the server, but never the store.
    expect(readFileSync(`${dataDir}/mail.json`, 'utf8')).not.toContain(PASSWORD);

    const [mail] = mailTo(smtp, 'kt-01');
    const expected = personEvents(plan.versions[0]!.plan, services.settings.get()).filter((e) => e.person.id === 'kt-01');
    expect(mail?.mime.headers.get('subject')).toBe(`[Lịch Trực] Lịch trực Trực Tết Bính Ngọ 2026: ${expected.length} ca của anh/chị (phiên bản ban hành 1)`);
    expect(mail?.mime.headers.get('message-id')).toMatch(/^<[0-9a-f]{40}\.lich-truc@ttcntt\.example\.vn>$/);
    expect(textOf(mail!)).toContain('Kính gửi Nguyễn Văn An,');
    expect(textOf(mail!)).toContain('• Thứ Sáu, 13/02/2026: Ca chiều 17:00–22:00 — Cán bộ kỹ thuật ATTT');
    const calendar = calendarOf(mail!);
    expect(calendar.headers.get('content-type')).toMatch(/method=REQUEST/i);

    const parsed = new ICAL.Component(ICAL.parse(calendar.body));
    expect(parsed.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(parsed.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const events = parsed.getAllSubcomponents('vevent');
    expect(events.map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime() * 1000)).toEqual(expected.map((e) => e.start));
    expect(events.map((e) => (e.getFirstPropertyValue('dtend') as ICAL.Time).toUnixTime() * 1000)).toEqual(expected.map((e) => e.end));
    const first = events[0]!;
    expect(first.getFirstPropertyValue('uid')).toBe(expected[0]!.uid);
    expect(first.getFirstPropertyValue('sequence')).toBe(0);
    expect(String(first.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:kt-01@ttcntt.example.vn');
    expect(String(first.getFirstPropertyValue('organizer')).toLowerCase()).toBe(`mailto:${UNIT_EMAIL}`);
    expect(first.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual([-86400, -3600]);
    expect(calendar.body).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);

    const other = Object.values(nodeIcal.sync.parseICS(calendar.body)).filter((c) => c?.type === 'VEVENT') as nodeIcal.VEvent[];
    expect(other.map((e) => e.start.getTime())).toEqual(expected.map((e) => e.start));
    expect(other[0]?.summary).toBe('Trực ATTT — Ca chiều 17:00–22:00');

    // The same events as the person's exported file: UID, SEQUENCE, summary, and the description
    // with the duties and the emergency contacts.
    const exported = personCalendars(exportSource(plan, clock.now()), services.settings.get()).find((f) => f.staffId === 'kt-01')!;
    const content = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ['uid', 'sequence', 'summary', 'description'].map((p) => e.getFirstPropertyValue(p)));
    expect(content(calendar.body)).toEqual(content(exported.ics));
    expect(String(first.getFirstPropertyValue('description'))).toMatch(/Nhiệm vụ:[\s\S]*Liên hệ khẩn cấp:\n- .*VNCERT\/CC/);
  });

  it('after re-publishing mails only the people whose shifts changed: a CANCEL to the one taken off, a REQUEST with a higher SEQUENCE to the one put on', async () => {
    const smtp = await startSmtp();
    const { services } = await mailRig(smtp);
    const v1 = tetRoster();
    await storePlan(services, v1);
    await services.mail.sendRoster(v1.id);
    expect(smtp.received).toHaveLength(TET_STAFF.length);

    const seatId = v1.assignments.find((a) => a.staffId === 'kt-01' && a.seatId.startsWith('2026-02-17/'))!.seatId;
    const v2: Plan = publish({ ...v1, assignments: v1.assignments.map((a) => (a.seatId === seatId ? { ...a, staffId: 'kt-02' } : a)) }, '2026-02-05T02:00:00.000Z');
    await storePlan(services, v2);
    const result = await services.mail.sendRoster(v2.id);

    const fresh = smtp.received.slice(TET_STAFF.length);
    expect(fresh.map((m) => m.to[0]).sort()).toEqual(['kt-01@ttcntt.example.vn', 'kt-02@ttcntt.example.vn']);
    expect(result.unchanged.sort()).toEqual(['Hoàng Văn Cường', 'Lê Văn Hùng', 'Phạm Thị Lan', 'Đỗ Thị Dung'].sort());

    const cancel = new ICAL.Component(ICAL.parse(calendarOf(fresh.find((m) => m.to[0]?.startsWith('kt-01'))!).body));
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
    const cancelled = cancel.getAllSubcomponents('vevent');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled[0]?.getFirstPropertyValue('sequence')).toBe(1);
    expect(cancelled[0]?.getFirstPropertyValue('uid')).toMatch(/^tet-2026\.2026-02-17_[a-z]+_ky-thuat-attt\.kt-01@lich-truc$/);

    // kt-02's event has a UID of its own (plan, shift, seat, person): new to them, so SEQUENCE 0, as in their file.
    const request = new ICAL.Component(ICAL.parse(calendarOf(fresh.find((m) => m.to[0]?.startsWith('kt-02'))!).body));
    expect(request.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('sequence'))).toEqual([0]);

    // Asking again sends nothing more.
    await services.mail.sendRoster(v2.id);
    expect(smtp.received).toHaveLength(TET_STAFF.length + 2);
  });

  it('retries refusals (451, 550), a dropped connection and a refused login with backoff, and sends each message once', async () => {
    const smtp = await startSmtp();
    const { services, timer, clock } = await mailRig(smtp);
    await services.mailSettings.update({ password: PASSWORD });
    const plan = tetRoster();
    await storePlan(services, plan);
    await services.reminders.engine.start();
    smtp.answers.push({ code: 451, message: '4.3.0 Hệ thống tạm thời bận' }, 'drop', { code: 550, message: '5.1.1 Mailbox unavailable' });

    const result = await services.mail.sendRoster(plan.id);
    expect(result.mails.map((e) => e.status)).toEqual(['retrying', 'retrying', 'retrying', 'sent', 'sent', 'sent']);
    expect(result.mails[0]?.reason).toMatch(/^451 4\.3\.0/);
    expect(result.mails[1]?.reason).toMatch(/ECONNECTION|ECONNRESET|closed|ETIMEDOUT|EENVELOPE|Connection/i);
    expect(result.mails[2]?.reason).toMatch(/^550 5\.1\.1 Mailbox unavailable/);

    // The server now refuses logins: the next attempt fails with its 535 and is retried later.
    smtp.refuseAuth = true;
    await timer.runUntil(clock.now().getTime() + 61_000, () => services.reminders.engine.idle());
    const refused = services.reminders.engine.entries().filter((e) => e.reminder.kind === 'invitation' && e.status === 'retrying');
    expect(refused).toHaveLength(3);
    expect(refused.every((e) => e.attempts === 2 && /^535/.test(e.reason ?? ''))).toBe(true);

    smtp.refuseAuth = false;
    await timer.runUntil(clock.now().getTime() + 3 * 60_000, () => services.reminders.engine.idle());
    const entries = services.reminders.engine.entries().filter((e) => e.reminder.kind === 'invitation');
    expect(entries.every((e) => e.status === 'sent')).toBe(true);
    const ids = smtp.received.map((m) => m.mime.headers.get('message-id'));
    expect(ids).toHaveLength(TET_STAFF.length);
    expect(new Set(ids).size).toBe(TET_STAFF.length);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(TET_STAFF.length);
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

import { describe, expect, it } from 'vitest';
import { publish, storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { reminderServices, setUpMail } from '../../helpers/reminder-services';

const WINDOW = { start: '2026-02-16T14:00', end: '2026-02-17T14:00' };

async function rig() {
  const { services, mailer } = reminderServices({ now: '2026-02-02T02:00:00.000Z' });
  await setUpMail(services);
  const v1 = tetRoster({ window: WINDOW });
  await storePlan(services, v1);
  return { services, mailer, v1 };
}

const shiftsOf = (plan: ReturnType<typeof tetRoster>, staffId: string) => plan.assignments.filter((a) => a.staffId === staffId).length;

describe('"Gửi lịch trực" previewed before anything is sent', () => {
  it('lists every recipient with their new shifts, and sends nothing', async () => {
    const { services, mailer, v1 } = await rig();

    const preview = services.mail.previewRoster(v1.id);

    expect(mailer.sent).toEqual([]);
    expect(preview).toMatchObject({ planName: v1.name, version: 1, unchanged: [], noEmail: [] });
    const kt01 = preview.recipients.find((r) => r.email === 'kt-01@ttcntt.example.vn');
    expect(kt01).toEqual({ name: expect.any(String), email: 'kt-01@ttcntt.example.vn', new: shiftsOf(v1, 'kt-01'), changed: 0, cancelled: 0 });
    expect(preview.recipients.reduce((n, r) => n + r.new, 0)).toBe(v1.assignments.length);
  });

  it('after a change shows who gets what (new, changed, cancelled), exactly what is then sent', async () => {
    const { services, mailer, v1 } = await rig();
    await services.mail.sendRoster(v1.id, 1);
    expect(services.mail.previewRoster(v1.id).recipients).toEqual([]);
    const seatId = v1.assignments.find((a) => a.staffId === 'kt-01')!.seatId;
    const v2 = publish({ ...v1, assignments: v1.assignments.map((a) => (a.seatId === seatId ? { ...a, staffId: 'kt-02' } : a)) }, '2026-02-05T02:00:00.000Z');
    await storePlan(services, v2);
    const sentBefore = mailer.sent.length;

    const preview = services.mail.previewRoster(v1.id);

    const byEmail = new Map(preview.recipients.map((r) => [r.email.split('@')[0], r]));
    expect(byEmail.get('kt-01')).toMatchObject({ cancelled: 1, new: 0 });
    expect(byEmail.get('kt-02')).toMatchObject({ new: 1 });
    expect(preview.unchanged.length).toBeGreaterThan(0);
    const result = await services.mail.sendRoster(v1.id, 2);
    expect(result.mails).toHaveLength(preview.recipients.reduce((n, r) => n + r.new + r.changed + r.cancelled, 0));
    expect(mailer.sent.length - sentBefore).toBe(result.mails.length);
  });

  it('refuses to send a version other than the one previewed', async () => {
    const { services, mailer, v1 } = await rig();
    await storePlan(services, publish(v1, '2026-02-05T02:00:00.000Z'));

    await expect(services.mail.sendRoster(v1.id, 1)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('vừa được ban hành lại (phiên bản 2)') });
    expect(mailer.sent).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import type { Plan } from '../../../shared/plan/schema';
import type { Language } from '../../../shared/settings/schema';
import { storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { reminderServices, setUpMail } from '../../helpers/reminder-services';

const WINDOW = { start: '2026-02-16T06:00', end: '2026-02-17T06:00' };

/** Mail set up, the Tết roster published, and the same roster a second time under another id (a plan file imported twice before re-imports asked). */
async function twoPlans() {
  const { services, mailer } = reminderServices({ now: '2026-02-02T02:00:00.000Z' });
  await setUpMail(services);
  const first = tetRoster({ window: WINDOW, name: 'Trực Tết Bính Ngọ 2026' });
  const second: Plan = { ...first, id: 'tet-2026-nhap', name: 'Trực Tết (bản nhập)' };
  await storePlan(services, first);
  await storePlan(services, second);
  return { services, mailer, first, second };
}

describe('a person on duty at the same time in two published plans', () => {
  it('is shown on the reminders screen, naming who, which shifts and which plans', async () => {
    const { services } = await twoPlans();
    const { doubleBookings } = services.reminders.status();
    expect(doubleBookings.length).toBeGreaterThan(0);
    const [clash] = doubleBookings;
    const said = (language: Language) => ({ ...clash, first: { ...clash!.first, what: say(language, clash!.first.what) }, second: { ...clash!.second, what: say(language, clash!.second.what) } });
    expect(said('vi')).toEqual({
      fullName: expect.any(String),
      first: { planName: expect.stringMatching(/Trực Tết/), what: expect.stringMatching(/^Ca .* Thứ .*, \d\d\/02\/2026$/) },
      second: { planName: expect.stringMatching(/Trực Tết/), what: expect.stringMatching(/^Ca .* Thứ .*, \d\d\/02\/2026$/) },
    });
    // The weekday is the reader's: an English UI does not get "Thứ Hai".
    expect(said('en').first.what).toMatch(/^Ca .* \d\d:\d\d–\d\d:\d\d, (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d\d\/02\/2026$/);
    expect(new Set(doubleBookings.flatMap((d) => [d.first.planName, d.second.planName]))).toEqual(new Set(['Trực Tết Bính Ngọ 2026', 'Trực Tết (bản nhập)']));
  });

  it('stops "Gửi lịch trực" of either plan before a single invitation leaves', async () => {
    const { services, mailer, first, second } = await twoPlans();
    for (const plan of [first, second]) {
      await expect(services.mail.sendRoster(plan.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^Chưa gửi: .*trùng giờ ở hai kế hoạch/) });
    }
    expect(mailer.sent).toEqual([]);
  });

  it('cannot be published again until one side is fixed; a plan of another period publishes', async () => {
    const { services, second } = await twoPlans();
    await services.plans.update(second.id, { name: 'Trực Tết (bản nhập, sửa)' });
    await expect(services.plans.publish(second.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^Không ban hành: .*trùng .*"Trực Tết Bính Ngọ 2026"/) });
    expect(services.plans.get(second.id).versions).toHaveLength(1);

    const may = tetRoster({ window: { start: '2026-04-30T06:00', end: '2026-05-01T06:00' } });
    await storePlan(services, { ...may, id: 'le-30-4', name: 'Trực 30/4', versions: [], status: 'draft' });
    await expect(services.plans.publish('le-30-4')).resolves.toMatchObject({ versions: [expect.objectContaining({ version: 1 })] });
  });

  it('is refused when a published plan file under another id would bring it in, and nothing is stored', async () => {
    const { services } = reminderServices({ now: '2026-02-02T02:00:00.000Z' });
    const first = tetRoster({ window: WINDOW, name: 'Trực Tết Bính Ngọ 2026' });
    await storePlan(services, first);
    const file = JSON.stringify({ ...first, id: 'tet-2026-may-khac', name: 'Trực Tết (máy khác)' });

    await expect(services.plans.importFile('tet-may-khac.lichtruc.json', file)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/trùng .*"Trực Tết Bính Ngọ 2026"/) });
    expect(services.plans.list().map((p) => p.id)).toEqual([first.id]);
  });
});

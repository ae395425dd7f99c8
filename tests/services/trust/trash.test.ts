import { describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/app';
import { vn } from '../../helpers/clock';
import { storePlan } from '../../helpers/publish';
import { tetRoster } from '../../helpers/reminders';
import { reminderServices, setUpMail, told } from '../../helpers/reminder-services';

const PLAN = 'tet-2026';

/** The published Tết roster with mail set up, reminders running on a fake clock. */
async function tet() {
  const env = reminderServices({ now: vn('2026-02-13T12:00') });
  const { clock, timer, notifier, mailer } = env;
  let services: Services = env.services;
  await setUpMail(services);
  await storePlan(services, tetRoster());
  await services.reminders.engine.start();
  return {
    clock,
    mailer,
    notifier,
    get services() {
      return services;
    },
    run: (untilVn: string) => timer.runUntil(vn(untilVn), () => services.reminders.engine.idle()),
    /** The app closed and opened again over the same folder. */
    async restart() {
      services.reminders.engine.stop();
      timer.pending.clear();
      services = env.restart();
      await services.reminders.engine.start();
    },
  };
}

describe('the Thùng rác', () => {
  it('lists deleted plans, last deleted first, with when; restoring takes one out', async () => {
    const f = await tet();
    await storePlan(f.services, { ...tetRoster({ name: 'Trực Tết (bản cũ)' }), id: 'cu' });
    await f.services.plans.delete('cu');
    f.clock.advance(60_000);
    await f.services.plans.delete(PLAN);

    const trash = f.services.plans.trash();
    expect(trash.map((p) => [p.id, p.name, p.latestVersion, p.deletedAt])).toEqual([
      [PLAN, tetRoster().name, 1, new Date(vn('2026-02-13T12:01')).toISOString()],
      ['cu', 'Trực Tết (bản cũ)', 1, new Date(vn('2026-02-13T12:00')).toISOString()],
    ]);
    expect(f.services.plans.list()).toEqual([]);

    await f.services.plans.restore(PLAN);
    expect(f.services.plans.trash().map((p) => p.id)).toEqual(['cu']);
    expect(f.services.plans.list().map((p) => p.id)).toEqual([PLAN]);
  });

  it('brings back a published plan with its reminder history: nothing already told is told again', async () => {
    const f = await tet();
    await f.run('2026-02-14T12:00');
    const before = told(f);
    expect(before.length).toBeGreaterThan(5);

    await f.services.plans.delete(PLAN);
    await f.restart();
    await f.services.plans.restore(PLAN);
    await f.restart();
    await f.run('2026-02-14T12:00');

    expect(told(f)).toEqual(before);
    expect(f.services.reminders.status().plans.map((p) => p.id)).toEqual([PLAN]);
  });
});

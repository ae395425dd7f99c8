import { describe, expect, it } from 'vitest';
import { planInput } from '../../helpers/tet-plan';
import { storePlan } from '../../helpers/publish';
import { RecordingNotifier, tetRoster } from '../../helpers/reminders';
import { tempServices } from '../../helpers/services';

describe('reminder channels', () => {
  it('sets the one reminder setting of a published plan, and refuses a draft without changing it', async () => {
    const { services } = tempServices({ now: '2026-02-01T02:00:00.000Z' });
    const plan = tetRoster();
    await storePlan(services, plan);
    const set = await services.registry.dispatch('reminders:setOffsets', { planId: plan.id, offsetsMinutes: [60, 1440, 60, 15] });
    expect(set).toMatchObject({ ok: true, data: { offsetsMinutes: [1440, 60, 15], version: 1 } });
    expect(services.plans.get(plan.id).reminders.offsetsMinutes).toEqual([1440, 60, 15]);

    const draft = await services.plans.create(planInput());
    const refused = await services.registry.dispatch('reminders:setOffsets', { planId: draft.id, offsetsMinutes: [30] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(services.plans.get(draft.id).reminders.offsetsMinutes).toEqual([1440, 60]);
  });

  it('shows a test notification through the injected notifier', async () => {
    const notifier = new RecordingNotifier();
    const { services } = tempServices({ notifier });
    expect(await services.registry.dispatch('reminders:testNotification', undefined)).toEqual({ ok: true, data: { shown: true } });
    expect(notifier.shown.map((n) => n.title)).toEqual(['Lịch Trực — thông báo thử']);
  });

  it('says the test notification in English under the English UI: it is told to this computer’s own user', async () => {
    const notifier = new RecordingNotifier();
    const { services } = tempServices({ notifier });
    await services.settings.update({ language: 'en' });
    await services.registry.dispatch('reminders:testNotification', undefined);
    expect(notifier.shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Lịch Trực — test notification', body: 'If you can see this notification, reminders work on this computer.' },
    ]);
  });
});

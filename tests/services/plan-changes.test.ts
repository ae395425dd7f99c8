import { describe, expect, it } from 'vitest';
import { tempServices } from '../helpers/services';

describe('plans:update through the handler table', () => {
  it('changes only the fields it is given; absent fields are not reset to their defaults', async () => {
    const services = tempServices().services;
    await services.staff.loadSample();
    const plan = await services.plans.create({ name: 'Tết', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
    const first = await services.registry.dispatch('plans:update', {
      id: plan.id,
      changes: {
        pattern: {
          presetId: '2x12',
          shifts: [
            { id: 'ngay', start: '07:30', end: '19:30' },
            { id: 'dem', start: '19:30', end: '07:30' },
          ],
        },
      },
    });
    expect(first.ok).toBe(true);
    const second = await services.registry.dispatch('plans:update', { id: plan.id, changes: { name: 'Tết 2026' } });
    expect(second.ok).toBe(true);
    const stored = services.plans.get(plan.id);
    expect(stored.name).toBe('Tết 2026');
    expect(stored.pattern.presetId).toBe('2x12');
    expect(stored.participants).toHaveLength(30);
  });
});

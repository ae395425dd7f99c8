// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useCaldavPlan } from '../../renderer/src/data/useCaldavPlan';
import { useCaldavSettings } from '../../renderer/src/data/useCaldavSettings';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { mainProcess, windowsPerTest } from './windows';

const open = windowsPerTest();

describe('the publish screen’s hooks follow what the main process pushes', () => {
  it('a CalDAV target chosen in another window shows on this one, and only this plan’s view reads again (caldav:changed)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    const [shown, other] = [tetRoster(), { ...tetRoster({ name: 'Trực 30/4' }), id: 'truc-30-4' }];
    await storePlan(main.services, shown);
    await storePlan(main.services, other);
    const reads = vi.fn();
    const client = main.window();
    const counted = { ...client, call: ((channel, input) => (reads(channel), client.call(channel, input))) as typeof client.call };
    const status = open(counted, () => useCaldavPlan(shown.id));
    await vi.waitFor(() => expect(status.current().data?.target).toBe('per-person'));

    const elsewhere = main.window();
    await elsewhere.call('caldav:plan:setTarget', { planId: other.id, target: 'team' });
    await elsewhere.call('caldav:plan:setTarget', { planId: shown.id, target: 'team' });
    await vi.waitFor(() => expect(status.current().data?.target).toBe('team'));
    expect(reads.mock.calls.filter(([channel]) => channel === 'caldav:plan:get')).toHaveLength(2);
  });

  it('the CalDAV server set in another window reaches the publish panel’s settings (settings:changed)', async () => {
    const main = mainProcess();
    const settings = open(main.window(), useCaldavSettings);
    await vi.waitFor(() => expect(settings.current().data).toMatchObject({ url: '', ready: false }));
    await main.window().call('caldav:settings:update', { url: 'https://lich.stttt.example.vn/', user: 'ttcntt' });
    await vi.waitFor(() => expect(settings.current().data).toMatchObject({ url: 'https://lich.stttt.example.vn/', user: 'ttcntt', ready: true }));
  });
});

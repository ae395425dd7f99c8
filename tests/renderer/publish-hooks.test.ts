// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useCaldavPlan } from '../../renderer/src/data/useCaldavPlan';
import { useCaldavSettings } from '../../renderer/src/data/useCaldavSettings';
import { useFeedPlan } from '../../renderer/src/data/useFeedPlan';
import { useFeedSettings } from '../../renderer/src/data/useFeedSettings';
import { publishVersion, storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { tempDir } from '../helpers/services';
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

  it('the feed written, its settings changed and the plan published again in another window: the panel says whether the feed is behind (feed:changed, settings:changed, plans:changed)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    const plan = tetRoster();
    await storePlan(main.services, plan);
    await main.services.settings.update({ organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
    const folder = tempDir('lich-truc-feed-');
    const settings = open(main.window(), useFeedSettings);
    const feed = open(main.window(), () => useFeedPlan(plan.id));
    await vi.waitFor(() => expect(feed.current().data).toMatchObject({ last: null, publishedVersion: 1, stale: false }));
    expect(settings.current().data).toMatchObject({ folder: null, ready: false });

    // The folder as the CLI sets it, the address as Cài đặt does.
    await main.services.feedSettings.setFolder(folder);
    const elsewhere = main.window();
    await elsewhere.call('feed:settings:update', { baseUrl: 'https://intranet.stttt.example.vn/lich/' });
    await vi.waitFor(() => expect(settings.current().data).toMatchObject({ folder, baseUrl: 'https://intranet.stttt.example.vn/lich/', ready: true }));

    await elsewhere.call('feed:write', { planId: plan.id });
    await vi.waitFor(() => expect(feed.current().data).toMatchObject({ last: { version: 1, folder }, stale: false }));
    await elsewhere.call('feed:settings:update', { refreshMinutes: 30 });
    await vi.waitFor(() => expect(feed.current().data?.stale).toBe(true));
    await elsewhere.call('feed:write', { planId: plan.id });
    await vi.waitFor(() => expect(feed.current().data).toMatchObject({ last: { refreshMinutes: 30 }, stale: false }));
    await publishVersion(main.services, plan.id);
    await vi.waitFor(() => expect(feed.current().data).toMatchObject({ publishedVersion: 2, stale: true }));
  });
});

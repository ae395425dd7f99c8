// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useSettings } from '../../renderer/src/data/SettingsContext';
import { usePlan } from '../../renderer/src/data/usePlan';
import { usePlans } from '../../renderer/src/data/usePlans';
import { useStaff } from '../../renderer/src/data/useStaff';
import { planInput } from '../helpers/tet-plan';
import { mainProcess, windowsPerTest } from './windows';

const open = windowsPerTest();

describe('the data hooks follow what the main process pushes', () => {
  it('a plan renamed in window A shows in window B’s plan list and plan view, without B asking', async () => {
    const main = mainProcess();
    const plan = await main.services.plans.create(planInput());
    const a = main.window();
    const list = open(main.window(), usePlans);
    const detail = open(main.window(), () => usePlan(plan.id));
    await vi.waitFor(() => expect(detail.current().data?.name).toBe('Trực Tết Bính Ngọ 2026'));

    await a.call('plans:rename', { id: plan.id, name: 'Trực Tết 2026 — Phòng Hạ tầng' });
    await vi.waitFor(() => expect(list.current().data?.map((p) => p.name)).toEqual(['Trực Tết 2026 — Phòng Hạ tầng']));
    await vi.waitFor(() => expect(detail.current().data?.name).toBe('Trực Tết 2026 — Phòng Hạ tầng'));

    // A plan made and one deleted elsewhere come and go from the list as well.
    const other = await a.call('plans:create', planInput({ name: 'Trực 30/4' }));
    await vi.waitFor(() => expect(list.current().data).toHaveLength(2));
    await a.call('plans:delete', { id: other.id });
    await vi.waitFor(() => expect(list.current().data?.map((p) => p.id)).toEqual([plan.id]));
  });

  it('a view of one plan is not read again when another plan changes', async () => {
    const main = mainProcess();
    const [shown, other] = [await main.services.plans.create(planInput()), await main.services.plans.create(planInput({ name: 'Trực 2/9' }))];
    const reads = vi.fn();
    const client = main.window();
    const counted = { ...client, call: ((channel, input) => (reads(channel), client.call(channel, input))) as typeof client.call };
    const detail = open(counted, () => usePlan(shown.id));
    await vi.waitFor(() => expect(detail.current().data?.id).toBe(shown.id));
    await main.window().call('plans:rename', { id: other.id, name: 'Trực Quốc khánh' });
    await main.window().call('plans:rename', { id: shown.id, name: 'Trực Tết' });
    await vi.waitFor(() => expect(detail.current().data?.name).toBe('Trực Tết'));
    expect(reads.mock.calls.filter(([channel]) => channel === 'plans:get')).toHaveLength(2);
  });

  it('a person added in another window shows in the directory (staff:changed)', async () => {
    const main = mainProcess();
    const directory = open(main.window(), useStaff);
    await vi.waitFor(() => expect(directory.current().data).toEqual([]));
    await main.window().call('staff:save', { fullName: 'Trần Thị Bình', roles: ['leader'] });
    await vi.waitFor(() => expect(directory.current().data?.map((m) => m.fullName)).toEqual(['Trần Thị Bình']));
  });

  it('settings changed elsewhere (another window, the CLI) reach every screen (settings:changed)', async () => {
    const main = mainProcess();
    const settings = open(main.window(), useSettings);
    await vi.waitFor(() => expect(settings.current()?.language).toBe('vi'));
    await main.services.settings.update({ language: 'en', document: { unitName: 'TRUNG TÂM CNTT' } });
    await vi.waitFor(() => expect(settings.current()).toMatchObject({ language: 'en', document: { unitName: 'TRUNG TÂM CNTT' } }));
  });
});

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useEditedPlan } from '../../renderer/src/data/useEditedPlan';
import { usePlanWriter } from '../../renderer/src/data/usePlanWriter';
import { planInput } from '../helpers/tet-plan';
import { mainProcess, windowsPerTest } from './windows';

const open = windowsPerTest();

/** Window B's editor on a plan, and its writer; window A is another window (or the CLI) over the same store. */
async function editorInB() {
  const main = mainProcess();
  const plan = await main.services.plans.create(planInput());
  const editor = open(main.window(), () => useEditedPlan(plan.id));
  await vi.waitFor(() => expect(editor.current().plan?.id).toBe(plan.id));
  const writer = open(main.window(), () => usePlanWriter(editor.current().plan!, editor.current().onConflict));
  await vi.waitFor(() => writer.current());
  return { main, plan, editor, writer, a: main.window() };
}

describe('the one plan writer and its conflict policy', () => {
  it('writes from the version it holds, each write going on from the one before', async () => {
    const { main, plan, writer } = await editorInB();
    expect(await writer.current().write({ seed: 3 })).toMatchObject({ seed: 3 });
    expect(await writer.current().write({ name: 'Trực Tết — bản 2' })).toMatchObject({ seed: 3, name: 'Trực Tết — bản 2' });
    expect(main.services.plans.get(plan.id)).toMatchObject({ seed: 3, name: 'Trực Tết — bản 2' });
  });

  it('on a change made elsewhere: overwrites nothing, reopens the stored plan, says so, and keeps the edit to apply again', async () => {
    const { main, plan, editor, writer, a } = await editorInB();
    main.clock.advance(60_000);
    await a.call('plans:update', { id: plan.id, changes: { seed: 7 } });

    expect(await writer.current().write({ name: 'Đổi ở cửa sổ B' })).toBeNull();
    expect(main.services.plans.get(plan.id)).toMatchObject({ seed: 7, name: plan.name });
    await vi.waitFor(() => expect(editor.current().plan?.seed).toBe(7));
    expect(editor.text()).toContain('Kế hoạch vừa được thay đổi ở nơi khác');
    expect(editor.text()).toContain('Áp dụng lại');

    // Not lost: "Áp dụng lại" writes the refused edit over what is stored, and the editor opens on that.
    editor.click('Áp dụng lại');
    await vi.waitFor(() => expect(main.services.plans.get(plan.id)).toMatchObject({ seed: 7, name: 'Đổi ở cửa sổ B' }));
    await vi.waitFor(() => expect(editor.current().plan).toMatchObject({ seed: 7, name: 'Đổi ở cửa sổ B' }));
  });

  it('after a conflict the writer goes on from the stored version: no retry into the same refusal', async () => {
    const { main, plan, writer, a } = await editorInB();
    main.clock.advance(60_000);
    await a.call('plans:update', { id: plan.id, changes: { seed: 7 } });
    const update = vi.spyOn(main.services.plans, 'update');
    expect(await writer.current().write({ seed: 8 })).toBeNull();
    expect(await writer.current().write({ name: 'Sửa tiếp' })).toMatchObject({ seed: 7, name: 'Sửa tiếp' });
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('a change made elsewhere before B writes anything: B is told at once and "Tải lại" opens the stored plan', async () => {
    const { plan, editor, a } = await editorInB();
    await a.call('plans:update', { id: plan.id, changes: { seed: 9 } });

    await vi.waitFor(() => expect(editor.text()).toContain('Kế hoạch này vừa được thay đổi ở nơi khác'));
    expect(editor.current().plan?.seed).toBe(plan.seed);
    editor.click('Tải lại');
    await vi.waitFor(() => expect(editor.current().plan?.seed).toBe(9));
  });

  it("B's own saves and its publishing are not taken for changes made elsewhere", async () => {
    const { main, plan, editor, writer } = await editorInB();
    await writer.current().write({ seed: 3 });
    await writer.current().write({ name: 'Trực Tết — bản 2' });
    const published = await writer.current().own(() => main.window().call('plans:publish', { id: plan.id }));
    expect(await writer.current().write({ subject: 'Sau khi xuất bản' })).toMatchObject({ status: 'published', subject: 'Sau khi xuất bản' });
    expect(published.versions).toHaveLength(1);

    // Every write was announced to B; a warning would have appeared by the time a later change is heard of.
    await main.window().call('plans:get', { id: plan.id });
    await new Promise((settle) => setTimeout(settle, 50));
    expect(editor.text()).not.toContain('thay đổi ở nơi khác');
  });
});

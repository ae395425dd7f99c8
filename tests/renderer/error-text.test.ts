// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../shared/settings/schema';
import { useApi } from '../../renderer/src/api/ApiContext';
import { useAsync } from '../../renderer/src/components/useAsync';
import { useAttempt } from '../../renderer/src/components/useAttempt';
import { useSubmit } from '../../renderer/src/components/useSubmit';
import { useEditedPlan } from '../../renderer/src/data/useEditedPlan';
import { usePlanWriter } from '../../renderer/src/data/usePlanWriter';
import { useI18n } from '../../renderer/src/i18n/I18nContext';
import { planInput } from '../helpers/tet-plan';
import { mainProcess, windowsPerTest } from './windows';

const open = windowsPerTest();

/** The app over a store whose settings chose `language`, and a plan in it. */
async function appIn(language: Language) {
  const main = mainProcess();
  await main.services.settings.update({ language });
  const plan = await main.services.plans.create(planInput());
  return { main, plan };
}

/** A form's submit and a list's action over the app's client, as screens use them, once the UI speaks `language`. */
async function screenIn(main: ReturnType<typeof mainProcess>, language: Language) {
  const screen = open(main.window(), () => ({ api: useApi(), submit: useSubmit(), attempt: useAttempt(async () => {}), language: useI18n().language }));
  await vi.waitFor(() => expect(screen.current().language).toBe(language));
  return screen;
}

describe('errors reach the screen in the UI language', () => {
  it.each<[Language, string]>([
    ['vi', 'Dữ liệu không hợp lệ ở "name": Thiếu tên kế hoạch'],
    ['en', 'Invalid data at "name": The plan has no name'],
  ])('a validation refusal under the %s UI', async (language, expected) => {
    const { main, plan } = await appIn(language);
    const screen = await screenIn(main, language);
    await screen.current().submit.run(() =>
      screen
        .current()
        .api.call('plans:rename', { id: plan.id, name: '   ' })
        .then(() => {}),
    );
    await vi.waitFor(() => expect(screen.current().submit.error).toBe(expected));
  });

  it.each<[Language, string]>([
    ['vi', 'Dữ liệu đang được một tiến trình khác (ứng dụng hoặc lệnh lich-truc) ghi. Hãy thử lại.'],
    ['en', 'The data is being written by another process (the app or the lich-truc command). Try again.'],
  ])("another process's write lock (BUSY) under the %s UI, as a notice", async (language, expected) => {
    const { main, plan } = await appIn(language);
    const screen = await screenIn(main, language);
    const { AppError } = await import('../../shared/errors/app-error');
    const { msg } = await import('../../shared/i18n/message');
    vi.spyOn(main.services.plans, 'rename').mockRejectedValue(new AppError('BUSY', msg('error.busyWriting')));
    await screen.current().attempt(() =>
      screen
        .current()
        .api.call('plans:rename', { id: plan.id, name: 'Tên mới' })
        .then(() => {}),
    );
    await vi.waitFor(() => expect(screen.text()).toContain(expected));
  });

  it.each<[Language, string]>([
    ['vi', 'Không tìm thấy kế hoạch khong-co.'],
    ['en', 'Plan khong-co was not found.'],
  ])('a failed load under the %s UI', async (language, expected) => {
    const { main } = await appIn(language);
    const screen = open(main.window(), () => {
      const api = useApi();
      return useAsync(() => api.call('plans:get', { id: 'khong-co' }), [api]);
    });
    await vi.waitFor(() => expect(screen.current().error).toBe(expected));
  });

  it('a plan changed elsewhere: the conflict notice and its cause both in English under the English UI', async () => {
    const { main, plan } = await appIn('en');
    const editor = open(main.window(), () => useEditedPlan(plan.id));
    await vi.waitFor(() => expect(editor.current().plan?.id).toBe(plan.id));
    const writer = open(main.window(), () => usePlanWriter(editor.current().plan!, editor.current().onConflict));
    await vi.waitFor(() => writer.current());
    main.clock.advance(60_000);
    await main.window().call('plans:update', { id: plan.id, changes: { seed: 7 } });
    expect(await writer.current().write({ name: 'Changed in window B' })).toBeNull();
    await vi.waitFor(() => expect(editor.text()).toContain('The plan was just changed elsewhere (the app or the lich-truc command).'));
    expect(editor.text()).toContain('Apply again');
    expect(editor.text()).not.toMatch(/Kế hoạch|Hãy/);
  });
});

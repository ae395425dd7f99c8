import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

test.describe('under an English browser locale', () => {
  test.use({ locale: 'en-US' });

  test('dates, times and numbers are typed and shown the Vietnamese way', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.getByLabel('Tên kế hoạch').fill('Trực 30/4 – 1/5');
    const start = page.getByLabel('Bắt đầu trực');
    await start.fill('29/4/2026 17:00');
    await expect(page.locator('.read-back').first()).toHaveText('Thứ Tư, 29/04/2026 17:00');
    // A date that does not read keeps the form from creating a plan, and says how to write it.
    await page.getByLabel('Kết thúc trực').fill('05/04/2026 7:30 PM');
    await expect(page.getByLabel('Kết thúc trực')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.getByLabel('Kết thúc trực').evaluate((el: HTMLInputElement) => el.validationMessage)).toContain('dd/mm/yyyy hh:mm');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    expect(app.services().plans.list()).toHaveLength(0);
    await page.getByLabel('Kết thúc trực').fill('04/05/2026 07:30');
    await page.getByLabel('Kết thúc trực').blur();
    await expect(start).toHaveValue('29/04/2026 17:00');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Trực 30/4 – 1/5' })).toBeVisible();
    const [plan] = app.services().plans.list();
    expect(plan!.window).toEqual({ start: '2026-04-29T17:00', end: '2026-05-04T07:30' });

    // Cài đặt: the default duty window's times in 24 hours.
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    const end = page.getByLabel('Hết giờ làm việc');
    await expect(end).toHaveValue('17:00');
    await end.fill('16h30');
    // Saved as typed (Cài đặt autosaves).
    await end.blur();
    await expect.poll(() => app.services().settings.get().dutyWindowDefaults.endOfWorkday).toBe('16:30');
    await expect(end).toHaveValue('16:30');

    // Plan setup: weights with a decimal comma; a point is read too.
    await app.services().staff.loadSample();
    await app.open(`#/plans/${plan!.id}/setup`);
    const giaoThua = page.getByLabel('Giao thừa', { exact: true });
    await expect(giaoThua).toHaveValue('2');
    await expect(page.getByLabel('Làm việc ban đêm (cả đêm)')).toHaveValue('1,5');
    await giaoThua.fill('2,5');
    await expect.poll(() => app.services().plans.get(plan!.id).weights.giaoThua).toBe(2.5);
    await giaoThua.fill('1.8');
    await expect.poll(() => app.services().plans.get(plan!.id).weights.giaoThua).toBe(1.8);
    await giaoThua.blur();
    await expect(giaoThua).toHaveValue('1,8');
    await giaoThua.fill('12');
    await expect(giaoThua).toHaveAttribute('aria-invalid', 'true');
    await page.waitForTimeout(600);
    expect(app.services().plans.get(plan!.id).weights.giaoThua).toBe(1.8);
  });
});

test('Lịch trực and Xuất bản open the plan last opened; a deleted one is forgotten', async ({ app }) => {
  const { page } = app;
  await app.services().staff.loadSample();
  const first = await app.services().plans.create({ name: 'Trực Tết Dương lịch 2026', window: { start: '2025-12-31T17:00', end: '2026-01-02T07:30' } });
  const second = await app.services().plans.create({ name: 'Trực 2/9/2026', window: { start: '2026-08-31T17:00', end: '2026-09-03T07:30' } });
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Lịch trực' }).click();
  await expect(page.getByText('Chọn một kế hoạch để xếp và chỉnh lịch trực.')).toBeVisible();
  await page.getByRole('link', { name: second.name }).click();
  await expect(page.getByRole('heading', { name: second.name })).toBeVisible();
  await expect.poll(() => app.services().settings.get().lastPlanId).toBe(second.id);

  // After a restart, both areas open it straight away.
  app.restartServices();
  await app.open();
  await nav.getByRole('link', { name: 'Lịch trực' }).click();
  await expect(page.getByRole('heading', { name: second.name })).toBeVisible();
  await nav.getByRole('link', { name: 'Xuất bản' }).click();
  await expect(page.getByRole('combobox', { name: 'Kế hoạch', exact: true })).toHaveValue(second.id);

  // Choosing another plan in Xuất bản is remembered for Lịch trực too.
  await page.getByRole('combobox', { name: 'Kế hoạch', exact: true }).selectOption(first.id);
  await expect.poll(() => app.services().settings.get().lastPlanId).toBe(first.id);
  await nav.getByRole('link', { name: 'Lịch trực' }).click();
  await expect(page.getByRole('heading', { name: first.name })).toBeVisible();
  // The list is one link away.
  await page.getByRole('link', { name: '← Các kế hoạch' }).click();
  await expect(page.getByText('Chọn một kế hoạch để xếp và chỉnh lịch trực.')).toBeVisible();

  await app.services().plans.delete(first.id);
  await app.open();
  await nav.getByRole('link', { name: 'Lịch trực' }).click();
  await expect(page.getByRole('alert').or(page.locator('.error'))).toBeVisible();
  await expect.poll(() => app.services().settings.get().lastPlanId).toBeNull();
  await nav.getByRole('link', { name: 'Lịch trực' }).click();
  await expect(page.getByText('Chọn một kế hoạch để xếp và chỉnh lịch trực.')).toBeVisible();
});

test('adding a person: the name has the focus, "không được để trống" only once it is left', async ({ app }) => {
  const { page } = app;
  await app.open('#/staff');
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const panel = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  const name = panel.getByLabel('Họ và tên');
  await expect(name).toBeFocused();
  await expect(panel.getByText('không được để trống')).toHaveCount(0);
  await page.keyboard.type('Ng');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(panel.getByText('không được để trống')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(panel.getByText('không được để trống')).toBeVisible();
  await name.fill('Nguyễn Thị Thanh');
  await expect(panel.getByText('không được để trống')).toHaveCount(0);
});

test('an error toast leaves when its cause is fixed or the screen changes, and covers no field', async ({ app }) => {
  const { page } = app;
  await app.open('#/settings');
  // A feed folder that does not exist is refused by the service. Cài đặt's fields autosave, saying so
  // beside each title; an action (the folder dialog, the password's button) answers in a toast.
  const form = page.getByRole('form', { name: 'Thư mục nguồn lịch (webcal)' });
  const choose = form.getByRole('button', { name: 'Chọn thư mục…' });
  const missing = join(tmpdir(), 'lich-truc-e2e-no-such-folder');
  app.folderDialog.next = missing;
  await choose.click();
  const toast = page.locator('.notice-error');
  await expect(toast).toContainText('không tồn tại');
  // Nothing of the screen lies under it.
  const box = (await toast.boundingBox())!;
  const content = (await page.locator('main.content').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(content.x);
  await page.screenshot({ path: shot('error-toast') });

  const folder = mkdtempSync(join(tmpdir(), 'lich-truc-e2e-feed-'));
  app.folderDialog.next = folder;
  await choose.click();
  await expect(form.getByText(folder)).toBeVisible();
  await expect(toast).toHaveCount(0);

  app.folderDialog.next = missing;
  await choose.click();
  await expect(toast).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click();
  await expect(toast).toHaveCount(0);
});

test('a plan made before anyone is in the directory says how to take in the staff added later', async ({ app }) => {
  const { page } = app;
  const plan = await app.services().plans.create({ name: 'Trực Tết 2026', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
  await app.services().staff.loadSample();
  await app.open(`#/roster/${plan.id}`);
  await expect(page.getByText('Kế hoạch chưa có ai tham gia')).toBeVisible();
  await page.getByRole('link', { name: 'Chọn người tham gia ở Thiết lập kế hoạch →' }).click();
  const banner = page.locator('.nobody');
  await expect(banner).toContainText('người thêm vào danh bạ sau đó không tự vào kế hoạch');
  const active = app
    .services()
    .staff.list()
    .filter((m) => m.active).length;
  await banner.getByRole('button', { name: `Đưa cả ${active} người vào kế hoạch` }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => app.services().plans.get(plan.id).participants.length).toBe(active);
});

import { publish } from '../helpers/publish';
import { readWithPythonCaldav, startRadicale, type TestRadicale } from '../helpers/radicale';
import { tetRoster } from '../helpers/reminders';
import { expect, test } from './harness/fixtures';

let radicale: TestRadicale;
test.beforeAll(async () => {
  radicale = await startRadicale();
});
test.afterAll(() => radicale?.stop());

test('Cài đặt takes the CalDAV server; Xuất bản previews, publishes and shows each person’s outcome', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = { ...tetRoster({ window: { start: '2026-02-16T07:30', end: '2026-02-18T07:30' } }), id: 'e2e-caldav' };
  const services = app.services();
  await services.ctx.store.lock.run(() => services.ctx.store.write({ dir: 'plans', name: plan.id }, publish(plan, '2026-01-14T02:00:00.000Z')));
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' } });

  await app.open('#/settings');
  const form = page.getByRole('form', { name: 'Máy chủ lịch (CalDAV)' });
  await form.getByLabel('Địa chỉ máy chủ').fill(radicale.url);
  await form.getByLabel('Tên đăng nhập').fill(radicale.user);
  await form.getByLabel('Mật khẩu').fill(radicale.password);
  await form.getByRole('button', { name: 'Lưu mật khẩu' }).click();
  await expect(page.getByText('Đã lưu mật khẩu CalDAV vào kho mã hoá của hệ điều hành.')).toBeVisible();
  await expect(form.getByRole('status')).toHaveText('Đã lưu');
  await form.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect(page.getByText(/Kết nối được: thư mục lịch http:\/\/127\.0\.0\.1:\d+\/truongphong\/, \d+ lịch\./)).toBeVisible();
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/caldav-settings.png' });

  await app.open(`#/publish/${plan.id}`);
  const panel = page.getByRole('region', { name: 'Máy chủ lịch (CalDAV)' });
  await panel.getByRole('button', { name: 'Xem trước thay đổi' }).click();
  await expect(panel.getByText('Nếu xuất bản bây giờ:')).toBeVisible();
  await expect(panel.getByRole('row', { name: /Nguyễn Văn An \d+ tạo mới/ })).toBeVisible();
  expect(readWithPythonCaldav(radicale, `/lich-truc-${plan.id}`)).toEqual([]);

  await panel.getByRole('button', { name: 'Xuất bản lên máy chủ lịch' }).click();
  await expect(panel.getByText(/^Đã xuất bản đầy đủ lên máy chủ lịch\. Lần xuất bản gần nhất: phiên bản 2/)).toBeVisible({ timeout: 30_000 });
  const people = new Set(plan.assignments.map((a) => a.staffId)).size;
  await expect(panel.locator('table.caldav-status tbody tr')).toHaveCount(people);
  expect(readWithPythonCaldav(radicale, `/lich-truc-${plan.id}`).flatMap((c) => c.objects)).toHaveLength(plan.assignments.length);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/caldav-publish.png' });

  // The result stays after a reload: it is the plan's last publish.
  await app.open(`#/publish/${plan.id}`);
  await expect(panel.getByText(/Lần xuất bản gần nhất: phiên bản 2/)).toBeVisible();
});

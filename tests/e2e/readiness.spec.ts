import { tetPlan } from '../helpers/tet-plan';
import { storePlan } from '../helpers/publish';
import { TET_STAFF } from '../helpers/reminders';
import { expect, test } from './harness/fixtures';

// The test's clock is 15/01/2026 09:00; the draft Tết 2026 plan's duty starts Friday 13/02/2026 17:00.
const SHOTS = 'artifacts/screenshots';

test('readiness tasks: seeded from the letters, assigned with a due date before duty, overdue shown on the plan and the roster, deleted with undo', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = tetPlan({ staff: TET_STAFF });
  await storePlan(app.services(), plan);
  // Ordered before the test's day and still not done: overdue by the clock.
  await app.services().readiness.update(plan.id, 'patches', { assigneeId: 'kt-01', due: '2026-01-12', status: 'doing' });

  await app.open(`#/roster/${plan.id}`);
  const alert = page.getByRole('status').filter({ hasText: '1 việc chuẩn bị quá hạn chưa xong' });
  await expect(alert).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/readiness-roster-alert.png` });
  await alert.getByRole('link', { name: 'Mở danh mục việc chuẩn bị' }).click();

  await expect(page.getByRole('heading', { name: 'Việc chuẩn bị trước kỳ trực', level: 1 })).toBeVisible();
  const rows = page.locator('.readiness-row');
  await expect(rows).toHaveCount(7);
  await expect(page.getByLabel('Tên việc 3')).toHaveValue('Quét, gỡ bỏ mã độc trên máy chủ, máy trạm');
  await expect(rows.nth(1).getByText('Quá hạn')).toBeVisible();
  await expect(page.getByText('Chậm nhất 12/02/2026 (mặc định 12/02/2026).')).toBeVisible();

  // Assign the backup check, and try a due date on the day duty starts: explained, not saved.
  const backup = 'Kiểm tra sao lưu dữ liệu và khả năng khôi phục';
  await page.getByLabel(`Người làm: ${backup}`).selectOption({ label: 'Trần Thị Bình' });
  const due = page.getByLabel(`Hạn: ${backup}`);
  await due.fill('13/02/2026');
  await due.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'Hạn 13/02/2026 không trước thời gian trực (bắt đầu 13/02/2026 17:00)' })).toContainText('chậm nhất ngày 12/02/2026');
  await page.screenshot({ path: `${SHOTS}/readiness-due-error.png` });
  await due.fill('09/02/2026');
  await due.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: 'không trước thời gian trực' })).toHaveCount(0);
  await page.getByLabel(`Ghi chú: ${backup}`).fill('Thử khôi phục CSDL một cửa lên máy dự phòng');
  await page.getByLabel(`Ghi chú: ${backup}`).press('Tab');
  await expect
    .poll(() =>
      app
        .services()
        .readiness.view(plan.id)
        .tasks.find((t) => t.id === 'backup'),
    )
    .toMatchObject({ assigneeId: 'kt-02', due: '2026-02-09', note: 'Thử khôi phục CSDL một cửa lên máy dự phòng' });

  // A task of the unit's own, then one deleted: asked first, and undone.
  await page.getByLabel('Tên việc mới').fill('Kiểm tra UPS, máy phát điện phòng máy chủ');
  await page.getByRole('button', { name: 'Thêm việc' }).click();
  await expect(rows).toHaveCount(8);
  await expect(page.getByLabel('Tên việc 8')).toHaveValue('Kiểm tra UPS, máy phát điện phòng máy chủ');
  await page.getByRole('button', { name: 'Xoá "Nhắc cán bộ, nhân viên cảnh giác với lừa đảo trực tuyến"' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Xoá việc chuẩn bị?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Xoá' }).click();
  await expect(rows).toHaveCount(7);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(rows).toHaveCount(8);
  await expect(page.getByLabel('Tên việc 7')).toHaveValue('Nhắc cán bộ, nhân viên cảnh giác với lừa đảo trực tuyến');
  await page.screenshot({ path: `${SHOTS}/readiness-checklist.png`, fullPage: true });

  // The plan's page says the same, until the overdue task is done.
  await app.open(`#/plans/${plan.id}`);
  await expect(page.getByRole('status').filter({ hasText: '1 việc chuẩn bị quá hạn chưa xong' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/readiness-plan-alert.png` });
  await page.getByRole('link', { name: 'Việc chuẩn bị (0/8 xong)' }).click();
  await page.getByLabel('Trạng thái: Cập nhật bản vá theo cảnh báo của cơ quan chức năng').selectOption({ label: 'Xong' });
  await expect(page.getByText('Quá hạn', { exact: true })).toHaveCount(0);
  await expect(page.getByText('1/8 việc xong')).toBeVisible();
  await app.open(`#/plans/${plan.id}`);
  await expect(page.getByRole('link', { name: 'Việc chuẩn bị (1/8 xong)' })).toBeVisible();
  await expect(page.getByText('việc chuẩn bị quá hạn')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/readiness-plan-done.png` });

  // The assignee of the backup check is reminded like a shift: listed first among what is to come.
  await app.services().mailSettings.update({ host: '127.0.0.1', port: 9, security: 'none', senderName: 'Lịch Trực TTCNTT', senderAddress: 'lichtruc@ttcntt.example.vn' });
  await app.open('#/reminders');
  const upcoming = page.getByRole('table').first();
  const first = upcoming.locator('tbody tr').first();
  await expect(first).toContainText('Việc chuẩn bị');
  await expect(first).toContainText('Chủ Nhật, 08/02/2026 08:00');
  await expect(first).toContainText('Việc chuẩn bị đến hạn 09/02/2026: Kiểm tra sao lưu dữ liệu và khả năng khôi phục');
  await expect(first).toContainText('Trần Thị Bình');
  await page.screenshot({ path: `${SHOTS}/readiness-reminders.png` });
});

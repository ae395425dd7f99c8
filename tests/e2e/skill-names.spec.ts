import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

// Nguyễn Văn Hùng (HT): a technician with network and servers, not security, put on the ATTT seat.
const HUNG = SAMPLE_STAFF[6]!;
const ATTT_SEAT = '2026-02-16/dem/ky-thuat-attt';

test('checks and Vì sao? name a seat’s skill as Settings names it, and say so when the skill was deleted', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  const created = await createTetPlan(services);
  const plan = await services.plans.update(created.id, { assignments: [{ seatId: ATTT_SEAT, staffId: HUNG.id, locked: false }] });

  // The IT head renames the skill in Cài đặt, then opens the roster in the same session.
  await app.open('#/settings');
  const security = page.locator('.skills-table tr[data-skill="security"]').getByLabel('Tên kỹ năng');
  await expect(security).toHaveValue('An toàn thông tin / SOC');
  await security.fill('An toàn thông tin');
  // Cài đặt saves as it is typed in.
  await expect(page.locator('.settings .save-status')).toHaveText('Đã lưu');
  await page.evaluate((hash) => ((globalThis as any).location.hash = hash), `#/roster/${plan.id}`);

  await page.getByRole('tab', { name: /Kiểm tra/ }).click();
  const panel = page.getByRole('region', { name: 'Kiểm tra lịch trực' });
  await expect(panel.getByTestId('violation-ROLE_MISMATCH')).toHaveText('Nguyễn Văn Hùng không có kỹ năng An toàn thông tin cần cho cán bộ kỹ thuật ATTT, ca 22:00 ngày 16/02');
  const emptyAttt = panel.locator('.unfilled li').filter({ hasText: 'cán bộ kỹ thuật ATTT' }).first();
  await emptyAttt.getByRole('button', { name: 'Vì sao?' }).click();
  // 24 technicians take part, 6 with security.
  await expect(emptyAttt.locator('.explanation')).toContainText('24 cán bộ kỹ thuật tham gia, 18 không có kỹ năng An toàn thông tin,');
  await expect(panel).not.toContainText(/kỹ năng security/);
  await page.screenshot({ path: shot('checks-skill-names') });

  // A skill deleted from the list (a settings file from an older install): its id, said to be deleted.
  await services.settings.update({ skills: services.settings.get().skills.filter((s) => s.id !== 'security') });
  await app.open(`#/roster/${plan.id}`);
  await page.getByRole('tab', { name: /Kiểm tra/ }).click();
  await expect(panel.getByTestId('violation-ROLE_MISMATCH')).toContainText('không có kỹ năng "security" (đã xóa khỏi danh sách kỹ năng trong Cài đặt) cần cho');
  await panel.locator('.unfilled li').filter({ hasText: 'cán bộ kỹ thuật ATTT' }).first().getByRole('button', { name: 'Vì sao?' }).click();
  await expect(panel.locator('.explanation').first()).toContainText('18 không có kỹ năng "security" (đã xóa khỏi danh sách kỹ năng trong Cài đặt)');
});

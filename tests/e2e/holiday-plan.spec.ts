import { expect, test } from './harness/fixtures';

const TITLE = 'Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026';

test('a Tết 2026 plan from the preset in two clicks shows its period with lunar dates and special days', async ({ app }) => {
  const { page } = app;
  // The harness's clock stands at mid-January 2026 in Vietnam: the next holiday is Tết Bính Ngọ.
  await expect(page.getByRole('spinbutton', { name: 'Năm' })).toHaveValue('2026');
  const tet = page.getByRole('button', { name: /Tết Nguyên đán/ });
  await expect(tet).toContainText('Sắp tới');

  await tet.click();
  const preview = page.getByRole('form', { name: 'Tết Nguyên đán' });
  await expect(preview).toContainText('Chính thức');
  await expect(preview).toContainText('Nghỉ: Thứ Bảy, 14/02/2026 → Chủ Nhật, 22/02/2026 (9 ngày)');
  await expect(preview.getByLabel('Tiêu đề kế hoạch')).toHaveValue(TITLE);
  await expect(preview.getByLabel('Bắt đầu trực')).toHaveValue('13/02/2026 17:00');
  await expect(preview.getByLabel('Kết thúc trực')).toHaveValue('23/02/2026 07:30');
  await page.screenshot({ path: 'artifacts/screenshots/holiday-preset.png', fullPage: true });
  await preview.getByRole('button', { name: 'Tạo', exact: true }).click();

  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('Thời gian trực: Thứ Sáu, 13/02/2026 17:00 → Thứ Hai, 23/02/2026 07:30')).toBeVisible();
  await expect(page.locator('.plan-holiday')).toContainText('Dịp lễ: Tết Nguyên đán 2026');
  await expect(page.locator('.plan-holiday')).toContainText('Chính thức');

  const rows = page.locator('.period-table tbody tr');
  await expect(rows).toHaveCount(11);
  await expect(rows.first()).toContainText('Thứ Sáu13/02/2026');
  await expect(rows.first()).toContainText('Từ 17:00');
  await expect(rows.last()).toContainText('Đến 07:30');
  const mung1 = page.locator('tr[data-date="2026-02-17"]');
  await expect(mung1.locator('.lunar')).toHaveText('Mùng 1 tháng Giêng');
  await expect(mung1.locator('.mark-mung-1')).toHaveText('Mùng 1 Tết');
  const giaoThua = page.locator('tr[data-date="2026-02-16"]');
  await expect(giaoThua.locator('.solar')).toHaveText('16/02/2026');
  await expect(giaoThua.locator('.lunar')).toHaveText('29 tháng Chạp');
  await expect(giaoThua.locator('.mark-giao-thua')).toHaveText('Giao thừa');
  await expect(page.locator('tr[data-date="2026-02-13"] .mark')).toHaveCount(0);
  await page.screenshot({ path: 'artifacts/screenshots/holiday-plan.png', fullPage: true });

  // The duty window stays editable; the period view and the stored plan follow.
  await page.getByRole('button', { name: 'Sửa khung giờ trực' }).click();
  await page.getByLabel('Kết thúc trực').fill('22/02/2026 22:00');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Thời gian trực: Thứ Sáu, 13/02/2026 17:00 → Chủ Nhật, 22/02/2026 22:00')).toBeVisible();
  await expect(rows).toHaveCount(10);
  await page.reload();
  await expect(rows.last()).toContainText('Đến 22:00');
});

test('a year without an announcement proposes its periods and says they must be checked', async ({ app }) => {
  const { page } = app;
  await page.getByRole('spinbutton', { name: 'Năm' }).fill('2027');
  await page.getByRole('button', { name: /Tết Nguyên đán/ }).click();
  const preview = page.getByRole('form', { name: 'Tết Nguyên đán' });
  await expect(preview).toContainText('Đề xuất — cần đối chiếu thông báo của Chính phủ.');
  await expect(preview.getByLabel('Tiêu đề kế hoạch')).toHaveValue('Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Đinh Mùi 2027');
});

import { expect, test } from './harness/fixtures';
import { PlanSetupPage } from './harness/pages/plan-setup-page';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

test('a plan gets a pattern, seats and leave that persist across a restart', async ({ app }) => {
  const { page } = app;
  await app.services().staff.loadSample();
  const plan = await app.services().plans.create({ name: 'Trực Tết Bính Ngọ 2026', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
  await app.open(`#/plans/${plan.id}`);
  await page.getByRole('link', { name: 'Ca trực & nhân sự' }).click();
  await expect(page.getByRole('heading', { name: 'Ca trực & nhân sự' })).toBeVisible();
  await expect(page.getByText('Không phát hiện vấn đề')).toBeVisible();
  const setup = new PlanSetupPage(page);
  const status = setup.saveStatus;

  // Pattern: 2 × 12 h, then a gap made and fixed, then the window snapped to the shifts.
  await page.getByRole('radio', { name: '2 ca × 12 giờ' }).click();
  await page.getByLabel('Kết thúc Ca ngày').fill('18:30');
  await expect(setup.checks).toContainText('Khoảng trống 18:30–19:30');
  await page.getByLabel('Kết thúc Ca ngày').fill('19:30');
  await expect(page.getByText('Các ca phủ kín 24 giờ')).toBeVisible();
  await page.getByRole('button', { name: 'Khớp khung trực theo ca' }).click();
  // Widened to the day shift's start: 17:00–19:30 would otherwise have no shift.
  await expect(page.getByText('Thứ Sáu, 13/02/2026 07:30 → Thứ Hai, 23/02/2026 07:30', { exact: true })).toBeVisible();

  // Seats: the Giao thừa night gets a third technician.
  await page.getByLabel('Thêm bố trí riêng cho…').selectOption({ label: 'Ca Giao thừa' });
  const giaoThua = setup.override('giao-thua');
  await giaoThua.getByRole('button', { name: 'Thêm vị trí' }).click();
  await giaoThua.getByLabel('Tên vị trí').last().fill('Kỹ thuật bổ sung');

  // A seat only one leader can take: Đỗ Thị Lan Anh is the only leader with the security skill.
  await page.getByRole('button', { name: 'Thêm vị trí' }).first().click();
  const seat = setup.seat('vi-tri-4').first();
  await seat.getByLabel('Tên vị trí').fill('Lãnh đạo ATTT');
  await seat.getByLabel('Vai trò').selectOption({ label: 'Lãnh đạo trực' });
  await seat.getByLabel('Kỹ năng bắt buộc').selectOption({ label: 'An toàn thông tin / SOC' });
  // Every seat set can be staffed on paper, but one person cannot hold a seat in every 12-hour
  // shift: the trial fill by the real generator says so, seat by seat, with what would help.
  const preCheck = setup.preCheck;
  await expect(preCheck).toContainText(/\d+\/80 chỗ trực không ai nhận được/);
  await expect(preCheck.locator('[data-seat$="/vi-tri-4"]').first()).toContainText('cần 1 lãnh đạo ATTT; 6 lãnh đạo tham gia, 5 không có kỹ năng An toàn thông tin / SOC');
  await expect(setup.suggestions.first()).toContainText('Cách gỡ nhỏ nhất: thêm 1 lãnh đạo ATTT vào kế hoạch');
  await expect(page.getByText('Không phát hiện vấn đề')).toHaveCount(0);

  // Her leave leaves that seat empty, and the screen says so before any roster exists.
  await page.getByLabel('Tìm người').fill('do thi lan anh');
  const lanAnh = setup.person('sample-05');
  await lanAnh.getByRole('button', { name: /Nghỉ & mong muốn/ }).click();
  await lanAnh.getByRole('button', { name: 'Thêm kỳ nghỉ' }).click();
  await lanAnh.getByLabel('Từ', { exact: true }).fill('15/02/2026 00:00');
  await lanAnh.getByLabel('Đến', { exact: true }).fill('19/02/2026 23:59');
  await expect(setup.checks).toContainText('vấn đề cần xử lý');
  await expect(setup.checks).toContainText('không ai nhận được vị trí "Lãnh đạo ATTT" (nghỉ: Đỗ Thị Lan Anh)');
  await expect(preCheck).toContainText('5 không có kỹ năng An toàn thông tin / SOC, 1 đang nghỉ phép');
  await lanAnh.getByLabel('Không trực đêm').check();
  await expect(setup.checks).toContainText('đều không trực đêm; không ai lấp được vị trí này ở ca đêm');
  await expect(setup.leaveOnTimeline('sample-05')).toContainText('Về quê ăn Tết');
  await expect(status).toHaveText('Đã lưu');
  await page.getByLabel('Tìm người').fill('');
  await page.screenshot({ path: shot('plan-setup'), fullPage: true });

  expect(app.services().plans.get(plan.id).pattern).toMatchObject({ presetId: '2x12', shifts: [{ end: '19:30' }, { start: '19:30' }] });

  app.restartServices();
  await page.reload();
  await expect(page.getByRole('radio', { name: '2 ca × 12 giờ' })).toHaveAttribute('aria-checked', 'true');
  await expect(setup.override('giao-thua').locator('[data-seat]')).toHaveCount(4);
  await expect(setup.override('giao-thua').getByLabel('Tên vị trí').last()).toHaveValue('Kỹ thuật bổ sung');
  await expect(setup.person('sample-05')).toContainText('1 kỳ nghỉ');
  await expect(setup.person('sample-05')).toContainText('Không trực đêm');

  const stored = app.services().plans.get(plan.id);
  expect(stored.window.start).toBe('2026-02-13T07:30');
  expect(stored.pattern.presetId).toBe('2x12');
  expect(stored.participants.find((p) => p.staffId === 'sample-05')).toMatchObject({
    noNights: true,
    leave: [{ start: '2026-02-15T00:00', end: '2026-02-19T23:59', reason: 'Về quê ăn Tết' }],
  });
});

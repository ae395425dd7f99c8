import { expect, test } from './harness/fixtures';
import { PlansPage } from './harness/pages/plans-page';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

test('a plan is created, listed, survives a reload and a restart, is renamed and deleted with undo', async ({ app }) => {
  const { page } = app;
  const plans = new PlansPage(page);
  await expect(page.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
  await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();

  await plans.create('Trực Tết Nguyên đán Bính Ngọ 2026', '13/02/2026 17:00', '23/02/2026 07:30');

  // Creating opens the plan; its period is shown the Vietnamese way.
  await expect(page.getByRole('heading', { name: 'Trực Tết Nguyên đán Bính Ngọ 2026' })).toBeVisible();
  await expect(page.getByText('Thứ Sáu, 13/02/2026 17:00')).toBeVisible();
  await page.getByRole('link', { name: '← Danh sách kế hoạch' }).click();

  const row = plans.row('Trực Tết Nguyên đán Bính Ngọ 2026');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Thứ Hai, 23/02/2026 07:30');
  await expect(row).toContainText('Bản nháp');
  await page.screenshot({ path: shot('plans-list'), fullPage: true });

  await page.reload();
  await expect(row).toBeVisible();

  app.restartServices();
  await app.open();
  await expect(row).toBeVisible();

  await plans.rename('Trực Tết Nguyên đán Bính Ngọ 2026', 'Trực Tết 2026 — Trung tâm CNTT');
  const renamed = plans.row('Trực Tết 2026 — Trung tâm CNTT');
  await expect(renamed).toBeVisible();
  app.restartServices();
  await app.open();
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Xoá' }).click();
  await expect(page.getByText('Đã xoá kế hoạch "Trực Tết 2026 — Trung tâm CNTT".')).toBeVisible();
  await expect(renamed).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Xoá' }).click();
  await expect(renamed).toHaveCount(0);
  app.restartServices();
  await app.open();
  await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();
});

test('a corrupt store file is moved aside and reported in Vietnamese', async ({ app }) => {
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  // The page the fixture opened may still be reading settings through the old services, which would
  // then find the corrupt file first and keep the notice to themselves.
  await app.page.goto('about:blank');
  writeFileSync(join(app.dataDir, 'settings.json'), '{ "schemaVersion": 1, "language": ');
  app.restartServices().startupCheck();
  await app.open();
  await expect(app.page.getByText('Một số tệp dữ liệu không đọc được')).toBeVisible();
  await expect(app.page.getByText(/settings\.json: .*dùng cài đặt mặc định/)).toBeVisible();
  await app.page.screenshot({ path: shot('store-recovered'), fullPage: true });
});

test('importing a plan file that is already here asks: keep both makes a draft copy, replace keeps one plan', async ({ app }, testInfo) => {
  const { writeFileSync } = await import('node:fs');
  const { publish, rosteredTetPlan } = await import('../shared/export/helpers');
  const { page } = app;
  const text = JSON.stringify(publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z'));
  const first = await app.services().plans.importFile('tet.lichtruc.json', text);
  if (!('plan' in first)) throw new Error('a fresh store already had the plan');
  const file = testInfo.outputPath('tet.lichtruc.json');
  writeFileSync(file, text);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  const plans = new PlansPage(page);
  const pick = () => plans.importFile(file);
  const dialog = plans.reimport;
  const rows = plans.rows;

  await pick();
  await expect(dialog).toContainText(`Tệp tet.lichtruc.json là kế hoạch "${first.plan.name}" đã có ở đây (phiên bản ban hành 1; tệp: phiên bản ban hành 1).`);
  await page.screenshot({ path: shot('plans-reimport') });
  await dialog.getByRole('button', { name: 'Giữ cả hai' }).click();
  await expect(rows).toHaveCount(2);
  await expect(plans.row(`${first.plan.name} (bản nhập)`)).toContainText('Bản nháp');

  await pick();
  await dialog.getByRole('button', { name: 'Thay thế kế hoạch đang có' }).click();
  await expect(page.getByText(`Đã thay kế hoạch "${first.plan.name}" bằng tệp vừa nhập.`)).toBeVisible();
  await expect(rows).toHaveCount(2);

  await pick();
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(2);
});

test('deleting a published plan is asked first, and the Thùng rác restores it with its duty log', async ({ app }) => {
  const { publish, rosteredTetPlan } = await import('../shared/export/helpers');
  const { page } = app;
  const imported = await app.services().plans.importFile('tet.lichtruc.json', JSON.stringify(publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z')));
  if (!('plan' in imported)) throw new Error('a fresh store already had the plan');
  const { plan } = imported;
  const shiftId = `${plan.window.start.slice(0, 10)}/chieu`;
  await app.services().dutyLog.addNote(plan.id, { shiftId, text: 'Bắt đầu trực Tết' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  const plans = new PlansPage(page);
  const row = plans.row(plan.name);

  await row.getByRole('button', { name: 'Xoá' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Xoá kế hoạch đã ban hành?' });
  await expect(confirm).toContainText(`Kế hoạch "${plan.name}" đã ban hành (phiên bản 1)`);
  await page.screenshot({ path: shot('plans-delete-published') });
  await confirm.getByRole('button', { name: 'Giữ lại' }).click();
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: 'Xoá' }).click();
  await confirm.getByRole('button', { name: 'Xoá kế hoạch' }).click();
  await expect(page.getByText(`Đã xoá kế hoạch "${plan.name}".`)).toBeVisible();
  await plans.openTrash(1);
  await expect(plans.trash).toContainText(plan.name);
  await page.screenshot({ path: shot('plans-trash'), fullPage: true });

  // Long after the undo notice is gone, and after a restart.
  app.restartServices();
  await app.open();
  await plans.openTrash(1);
  await plans.trash.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByText(`Đã khôi phục kế hoạch "${plan.name}".`)).toBeVisible();
  await expect(plans.trash).toHaveCount(0);
  await expect(row).toContainText('Đã ban hành (phiên bản 1)');
  expect(
    app
      .services()
      .dutyLog.read(plan.id)
      .shifts.flatMap((s) => s.notes.map((n) => n.text)),
  ).toEqual(['Bắt đầu trực Tết']);
});

test('a plan stored before the input limits opens with a warning naming the broken rule, and its roster still opens', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  const plan = await services.plans.create({ name: 'Trực cả năm 2026 (lưu từ bản cũ)', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
  // Written as an older version of the app could have: a window of half a year.
  await services.ctx.store.lock.run(() => services.ctx.store.write({ dir: 'plans', name: plan.id }, { ...plan, window: { start: '2026-01-01T08:00', end: '2026-06-30T08:00' } }));
  await app.open(`#/plans/${plan.id}`);
  await expect(page.getByRole('heading', { name: plan.name })).toBeVisible();
  const warning = page.locator('.banner-warning', { hasText: 'vượt giới hạn' });
  await expect(warning).toContainText('Thời gian trực dài 180 ngày, quá 120 ngày cho phép của một kế hoạch (ở "window")');
  await page.screenshot({ path: shot('plan-beyond-limits') });
  await app.open(`#/roster/${plan.id}`);
  // Half a year of seats is what the bound keeps out of new plans: it takes longer to lay out.
  await expect(page.getByRole('heading', { name: plan.name })).toBeVisible({ timeout: 30_000 });
  await expect(warning).toBeVisible();
  expect(services.ctx.store.notices()).toEqual([]);
});

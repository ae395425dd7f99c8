import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish } from '../helpers/publish';
import { decodeQr } from '../helpers/qr';
import { tetRoster } from '../helpers/reminders';
import { expect, test } from './harness/fixtures';

test('Cài đặt takes the feed folder from the folder dialog; Xuất bản writes the feed and shows each person’s address and a QR code that scans back to it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const folder = mkdtempSync(join(tmpdir(), 'lich-truc-e2e-feed-'));
  const shots = mkdtempSync(join(tmpdir(), 'lich-truc-e2e-qr-'));
  const plan = { ...tetRoster({ window: { start: '2026-02-16T07:30', end: '2026-02-18T07:30' } }), id: 'e2e-feed' };
  const services = app.services();
  await services.ctx.store.lock.run(() => services.ctx.store.write({ dir: 'plans', name: plan.id }, publish(plan, '2026-01-14T02:00:00.000Z')));
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' } });

  await app.open('#/settings');
  const form = page.getByRole('form', { name: 'Thư mục nguồn lịch (webcal)' });
  await expect(form.getByText('(chưa chọn)')).toBeVisible();
  app.folderDialog.next = folder;
  await form.getByRole('button', { name: 'Chọn thư mục…' }).click();
  await expect(form.getByText(folder)).toBeVisible();
  await form.getByLabel('Địa chỉ web của thư mục').fill('https://intranet.binhson.gov.vn/lich-truc');
  // Saved without a button: the address when its field is left, as the service writes it back.
  await form.getByLabel('Địa chỉ web của thư mục').press('Tab');
  await form.getByLabel('Điện thoại tải lại sau mỗi').selectOption({ label: '30 phút' });
  await expect(form.getByLabel('Địa chỉ web của thư mục')).toHaveValue('https://intranet.binhson.gov.vn/lich-truc/');
  await expect(form.getByRole('status')).toHaveText('Đã lưu');
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/feed-settings.png' });

  await app.open(`#/publish/${plan.id}`);
  const panel = page.getByRole('region', { name: 'Nguồn lịch đăng ký (webcal)' });
  await expect(panel.getByText('Chưa ghi nguồn lịch của kế hoạch này.')).toBeVisible();
  await panel.getByRole('button', { name: 'Ghi nguồn lịch' }).click();
  // Handed out like an exported calendar, so held to the same checklist: nothing is written while it is open.
  const checklist = page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' });
  await expect(checklist.getByText(/Tên đơn vị chưa điền/)).toBeVisible();
  expect(readdirSync(folder)).toEqual([]);
  await checklist.getByRole('button', { name: 'Vẫn xuất' }).click();
  await expect(panel.getByText(/^Nguồn lịch đang có phiên bản 2 \(ghi lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\)/)).toBeVisible();
  const people = new Set(plan.assignments.map((a) => a.staffId)).size;
  await expect(panel.locator('table.feed-files tbody tr')).toHaveCount(people + 1);
  expect(readdirSync(folder).filter((n) => /^[0-9a-f]{32}\.ics$/.test(n))).toHaveLength(people + 1);
  const an = services.feed.status(plan.id).last!.files.find((f) => f.personName === 'Nguyễn Văn An')!;
  const row = panel.getByRole('row', { name: /Nguyễn Văn An/ });
  await expect(row.getByText(an.url, { exact: true })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/feed-publish.png' });

  // One person's code, as it is shown: scanned back by ZBar from the screenshot.
  await row.getByRole('button', { name: 'Mã QR của Nguyễn Văn An' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mã QR của Nguyễn Văn An' });
  await expect(dialog.getByText(an.url, { exact: true })).toBeVisible();
  await expect(dialog.getByText(an.webcal, { exact: true })).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/feed-qr.png' });
  await dialog.getByRole('img', { name: 'Mã QR của Nguyễn Văn An' }).screenshot({ path: join(shots, 'an.png') });
  expect(decodeQr(join(shots, 'an.png'))).toEqual([an.webcal]);
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // Everyone's codes on one screen (to hand out at the briefing): each scans to its own address.
  await panel.getByRole('button', { name: 'Hiện tất cả mã QR' }).click();
  const grid = panel.getByRole('list', { name: 'Mã QR của mọi người' });
  await expect(grid.getByRole('img')).toHaveCount(people + 1);
  await grid.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/feed-qr-all.png' });
  await grid.screenshot({ path: join(shots, 'all.png') });
  expect(decodeQr(join(shots, 'all.png')).sort()).toEqual(
    services.feed
      .status(plan.id)
      .last!.files.map((f) => f.webcal)
      .sort(),
  );
  await panel.getByRole('button', { name: 'Trở lại danh sách' }).click();

  // A leaked address is replaced: asked first, then the old file is gone and the row shows the new one.
  await row.getByRole('button', { name: 'Đổi địa chỉ' }).click();
  await page.getByRole('alertdialog', { name: 'Đổi địa chỉ nguồn lịch của Nguyễn Văn An?' }).getByRole('button', { name: 'Đổi địa chỉ' }).click();
  await expect(row.getByText(an.url, { exact: true })).toHaveCount(0);
  expect(existsSync(join(folder, an.fileName))).toBe(false);

  // A newer version makes the feed stale until it is written again.
  const stored = services.plans.get(plan.id);
  await services.ctx.store.lock.run(() => services.ctx.store.write({ dir: 'plans', name: plan.id }, publish({ ...stored, assignments: stored.assignments.slice(1) }, '2026-01-15T01:00:00.000Z')));
  await app.open(`#/publish/${plan.id}`);
  await expect(panel.getByText(/Nguồn lịch chưa khớp với phiên bản 3/)).toBeVisible();
  await panel.getByRole('button', { name: 'Ghi lại nguồn lịch' }).click();
  await checklist.getByRole('button', { name: 'Vẫn xuất' }).click();
  await expect(panel.getByText(/^Nguồn lịch đang có phiên bản 3/)).toBeVisible();
});

import { readFileSync } from 'node:fs';
import { publish, rosteredTetPlan } from '../shared/export/helpers';
import { expect, test } from './harness/fixtures';
import { PublishPage } from './harness/pages/publish-page';

test('nothing goes out unfinished: the checklist comes before the download, links to each fix, and can be overridden', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const imported = await app.services().plans.importFile('tet.lichtruc.json', JSON.stringify(publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z')));
  if (!('plan' in imported)) throw new Error('import failed');
  // Every download the page starts: none may start while the checklist holds an export back.
  const downloads: string[] = [];
  page.on('download', (d) => void downloads.push(d.suggestedFilename()));
  await app.open(`#/publish/${imported.plan.id}`);
  const screen = new PublishPage(page);

  // A fresh install: placeholders, no signer, contacts not confirmed since the 2025 reorganisation.
  await page.getByRole('button', { name: 'Lưu Word (.docx)' }).click();
  const checklist = screen.checklist;
  await expect(checklist.getByText('Cơ quan chủ quản chưa điền ("UBND TỈNH …").')).toBeVisible();
  await expect(checklist.getByText('Chưa có chức vụ và họ tên người ký.')).toBeVisible();
  await expect(checklist.getByText(/4 liên hệ khẩn cấp chưa được xác nhận/)).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/checklist.png' });
  expect(downloads).toEqual([]);
  const word = await screen.download(checklist.getByRole('button', { name: 'Vẫn xuất' }));
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  expect(
    readFileSync((await word.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // A calendar without the unit email cannot go out: no "export anyway", and nothing downloaded.
  await page.getByRole('button', { name: 'Lịch .ics từng người…' }).click();
  await expect(checklist.getByText('✱ Chưa có email đơn vị (người tổ chức — ORGANIZER — của lịch).')).toBeVisible();
  await expect(checklist.getByRole('button', { name: 'Vẫn xuất' })).toBeDisabled();
  expect(downloads).toHaveLength(1);

  // Its link opens Settings at that very field.
  await checklist.getByRole('link', { name: 'Sửa: Email đơn vị (người gửi, ORGANIZER của lịch)' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByLabel('Email đơn vị (người gửi, ORGANIZER của lịch)')).toBeFocused();
  await page.getByLabel('Email đơn vị (người gửi, ORGANIZER của lịch)').fill('ttcntt@binhson.gov.vn');
  // Saved as typed, like every screen: no button to forget.
  await expect(page.locator('.settings .save-status')).toHaveText('Đã lưu');

  await app.open(`#/publish/${imported.plan.id}`);
  await page.getByRole('button', { name: 'Lịch .ics từng người…' }).click();
  await expect(checklist.getByText('✱ Chưa có email đơn vị')).toHaveCount(0);
  const zip = await screen.download(checklist.getByRole('button', { name: 'Vẫn xuất' }));
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  expect(downloads).toHaveLength(2);
});

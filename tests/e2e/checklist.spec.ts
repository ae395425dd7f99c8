import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish, rosteredTetPlan } from '../shared/export/helpers';
import { expect, test } from './harness/fixtures';

test('nothing goes out unfinished: the checklist comes before the save dialog, links to each fix, and can be overridden', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-checklist-'));
  const file = join(dir, 'tet.lichtruc.json');
  writeFileSync(file, JSON.stringify(publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z')));
  const imported = await app.services().plans.importFile(file);
  if (!('plan' in imported)) throw new Error('import failed');
  await app.open(`#/publish/${imported.plan.id}`);

  // A fresh install: placeholders, no signer, contacts not confirmed since the 2025 reorganisation.
  app.dialogs.nextSave = join(dir, 'thong-bao.docx');
  await page.getByRole('button', { name: 'Lưu Word (.docx)' }).click();
  const checklist = page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' });
  await expect(checklist.getByText('Cơ quan chủ quản chưa điền ("UBND TỈNH …").')).toBeVisible();
  await expect(checklist.getByText('Chưa có chức vụ và họ tên người ký.')).toBeVisible();
  await expect(checklist.getByText(/4 liên hệ khẩn cấp chưa được xác nhận/)).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/checklist.png' });
  expect(app.dialogs.asked).toBe(0);
  await checklist.getByRole('button', { name: 'Vẫn xuất' }).click();
  await expect(page.getByText(`Đã lưu ${join(dir, 'thong-bao.docx')}`)).toBeVisible();
  expect(app.dialogs.asked).toBe(1);
  expect(readFileSync(join(dir, 'thong-bao.docx')).subarray(0, 2).toString()).toBe('PK');

  // A calendar without the unit email cannot go out: no "export anyway", and no save dialog opened.
  app.dialogs.nextFolder = join(dir, 'ics');
  await page.getByRole('button', { name: 'Lịch .ics từng người…' }).click();
  await expect(checklist.getByText('✱ Chưa có email đơn vị (người tổ chức — ORGANIZER — của lịch).')).toBeVisible();
  await expect(checklist.getByRole('button', { name: 'Vẫn xuất' })).toBeDisabled();
  expect(app.dialogs.asked).toBe(1);
  expect(existsSync(join(dir, 'ics'))).toBe(false);

  // Its link opens Settings at that very field.
  await checklist.getByRole('link', { name: 'Sửa: Email đơn vị (người gửi, ORGANIZER của lịch)' }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByLabel('Email đơn vị (người gửi, ORGANIZER của lịch)')).toBeFocused();
  await page.getByLabel('Email đơn vị (người gửi, ORGANIZER của lịch)').fill('ttcntt@binhson.gov.vn');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();

  await app.open(`#/publish/${imported.plan.id}`);
  await page.getByRole('button', { name: 'Lịch .ics từng người…' }).click();
  await expect(checklist.getByText('✱ Chưa có email đơn vị')).toHaveCount(0);
  await checklist.getByRole('button', { name: 'Vẫn xuất' }).click();
  await expect(page.getByText(/Đã lưu \d+ tệp lịch vào/)).toBeVisible();
  expect(app.dialogs.asked).toBe(2);
});

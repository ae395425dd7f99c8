import { expect, test } from './harness/fixtures';

test('settings keep the organisation and switch the UI to English and back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByLabel('Tên đơn vị').fill('TRUNG TÂM CNTT TỈNH BÌNH SƠN');
  await page.getByLabel('Địa danh (ghi ngày tháng văn bản)').fill('Bình Sơn');
  await page.getByRole('combobox').first().selectOption('en');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('link', { name: 'Plans' })).toBeVisible();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/settings-en.png', fullPage: true });

  app.restartServices();
  await app.open('#/settings');
  await expect(page.getByLabel('Unit name')).toHaveValue('TRUNG TÂM CNTT TỈNH BÌNH SƠN');
  await expect(page.getByLabel('Place name (for document dates)')).toHaveValue('Bình Sơn');
  expect(app.services().settings.get().document.unitName).toBe('TRUNG TÂM CNTT TỈNH BÌNH SƠN');

  await page.getByRole('combobox').first().selectOption('vi');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Kế hoạch' })).toBeVisible();
});

test('the unit chooses its pay scheme and edits a percentage; the defaults come back on request', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const section = page.getByRole('group', { name: 'Chế độ trả lương khi trực (bảng chấm công)' });
  await expect(section.getByLabel('Ngày nghỉ bù — Ban ngày')).toHaveValue('300');
  await section.getByLabel('Đơn vị áp dụng').selectOption('enterprise');
  // The compensatory day is the moved weekly rest day for an enterprise (Art. 111(3)).
  await expect(section.getByLabel('Ngày nghỉ bù — Ban ngày')).toHaveValue('200');
  await expect(section.getByText('Bộ luật Lao động 2019, Điều 98')).toBeVisible();
  await section.getByLabel('Ngày thường — Ban đêm').fill('210');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/settings-pay.png' });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
  expect(app.services().settings.get().pay).toMatchObject({ scheme: 'enterprise', percent: { 'working.night': 210, 'holiday.night': 390 } });

  await section.getByRole('button', { name: 'Khôi phục mức mặc định' }).click();
  await expect(section.getByLabel('Ngày thường — Ban đêm')).toHaveValue('200');
});

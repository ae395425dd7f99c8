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

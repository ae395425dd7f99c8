import { expect, test } from './harness/fixtures';

test('settings keep the organisation and switch the UI to English and back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByLabel('Tên đơn vị').fill('TRUNG TÂM CNTT TỈNH BÌNH SƠN');
  await page.getByLabel('Địa danh (ghi ngày tháng văn bản)').fill('Bình Sơn');
  await page.getByRole('combobox').first().selectOption('en');

  await expect(page.getByRole('link', { name: 'Plans' })).toBeVisible();
  await expect(page.locator('.settings .save-status')).toHaveText('Saved');
  await page.screenshot({ path: 'artifacts/screenshots/settings-en.png', fullPage: true });

  app.restartServices();
  await app.open('#/settings');
  await expect(page.getByLabel('Unit name')).toHaveValue('TRUNG TÂM CNTT TỈNH BÌNH SƠN');
  await expect(page.getByLabel('Place name (for document dates)')).toHaveValue('Bình Sơn');
  expect(app.services().settings.get().document.unitName).toBe('TRUNG TÂM CNTT TỈNH BÌNH SƠN');

  await page.getByRole('combobox').first().selectOption('vi');
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
  await expect(page.locator('.settings .save-status')).toHaveText('Đã lưu');
  expect(app.services().settings.get().pay).toMatchObject({ scheme: 'enterprise', percent: { 'working.night': 210, 'holiday.night': 390 } });

  await section.getByRole('button', { name: 'Khôi phục mức mặc định' }).click();
  await expect(section.getByLabel('Ngày thường — Ban đêm')).toHaveValue('200');
});

test('Cài đặt saves as it is edited: a field typed just before leaving the screen is kept, and nothing else is reset', async ({ app }) => {
  const { page } = app;
  // Set elsewhere (the CLI, another window) after the screen opened: an edit here must not put it back.
  await app.services().settings.update({ document: { unitName: 'TRUNG TÂM CNTT TỈNH BÌNH SƠN', signerName: 'Nguyễn Văn An' }, organisation: { unitEmail: 'ttcntt@binhson.gov.vn' } });
  await app.open('#/settings');
  await expect(page.getByLabel('Tên đơn vị')).toHaveValue('TRUNG TÂM CNTT TỈNH BÌNH SƠN');
  await app.services().settings.update({ document: { signerTitle: 'GIÁM ĐỐC' } });

  await page.getByLabel('Địa danh (ghi ngày tháng văn bản)').fill('Bình Sơn');
  await expect(page.locator('.settings .save-status')).toHaveText('Chưa lưu');
  // Straight to another screen, before the pause that would have saved it.
  await page.getByRole('link', { name: 'Kế hoạch' }).click();
  await expect(page.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
  await expect.poll(() => app.services().settings.get().document.place).toBe('Bình Sơn');
  expect(app.services().settings.get()).toMatchObject({
    document: { unitName: 'TRUNG TÂM CNTT TỈNH BÌNH SƠN', signerName: 'Nguyễn Văn An', signerTitle: 'GIÁM ĐỐC' },
    organisation: { unitEmail: 'ttcntt@binhson.gov.vn' },
  });

  // A value the store refuses is said on the screen and not dropped: corrected, it is saved.
  await app.open('#/settings');
  await expect(page.getByLabel('Địa danh (ghi ngày tháng văn bản)')).toHaveValue('Bình Sơn');
  const abbreviation = page.getByLabel('Tên viết tắt của đơn vị (Số: …/TB-…, Lưu: VT, …)');
  await abbreviation.fill('T'.repeat(41));
  await expect(page.locator('.settings .save-status')).toContainText('Chưa lưu được');
  await abbreviation.fill('TTCNTT');
  await expect(page.locator('.settings .save-status')).toHaveText('Đã lưu');
  expect(app.services().settings.get().document).toMatchObject({ unitAbbreviation: 'TTCNTT', place: 'Bình Sơn' });
});

test('the calendar server and feed cards save as they are edited; the CalDAV password only by its button', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/settings');
  const caldav = page.getByRole('form', { name: 'Máy chủ lịch (CalDAV)' });
  const feed = page.getByRole('form', { name: 'Thư mục nguồn lịch (webcal)' });
  await caldav.getByLabel('Địa chỉ máy chủ').fill('https://lich.binhson.gov.vn');
  await caldav.getByLabel('Tên đăng nhập').fill('truongphong');
  await caldav.getByLabel('Mật khẩu').fill('mật khẩu chưa lưu');
  // Like the mail password's, it says where it will be kept: here only in memory, asked again after a restart.
  await expect(caldav.locator('.hint.warn')).toContainText('mật khẩu chỉ được giữ trong bộ nhớ tới khi Lịch Trực dừng');
  await feed.getByLabel('Địa chỉ web của thư mục').fill('https://intranet.binhson.gov.vn/lich');
  await feed.getByLabel('Địa chỉ web của thư mục').press('Tab');
  await feed.getByLabel('Điện thoại tải lại sau mỗi').selectOption({ label: '30 phút' });
  // Left at once: nothing typed is lost but the password, which was never asked to be stored, and the user is told so.
  await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click();
  await expect(page.locator('.notice-info')).toContainText('Mật khẩu CalDAV vừa nhập chưa được lưu');
  await expect.poll(() => app.services().caldavSettings.view()).toMatchObject({ url: 'https://lich.binhson.gov.vn/', user: 'truongphong', hasPassword: false });
  await expect.poll(() => app.services().feedSettings.view()).toMatchObject({ baseUrl: 'https://intranet.binhson.gov.vn/lich/', refreshMinutes: 30 });

  await app.open('#/settings');
  await expect(caldav.getByLabel('Tên đăng nhập')).toHaveValue('truongphong');
  await expect(feed.getByLabel('Địa chỉ web của thư mục')).toHaveValue('https://intranet.binhson.gov.vn/lich/');
  await caldav.getByLabel('Mật khẩu').fill('mật khẩu');
  await caldav.getByLabel('Mật khẩu').press('Enter');
  await expect(page.locator('.notice-info')).toContainText('Đã lưu mật khẩu CalDAV');
  await expect(caldav.getByLabel('Mật khẩu')).toHaveValue('');
  expect(app.services().caldavSettings.view().hasPassword).toBe(true);
  await caldav.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/settings-caldav-feed.png' });

  // Another server forgets the password, once the address is left — not at each half-typed host.
  await caldav.getByLabel('Địa chỉ máy chủ').fill('https://lich.donvikhac.gov.vn');
  expect(app.services().caldavSettings.view().hasPassword).toBe(true);
  await caldav.getByLabel('Tên đăng nhập').focus();
  await expect(caldav.getByRole('status')).toHaveText('Đã lưu');
  await expect.poll(() => app.services().caldavSettings.view()).toMatchObject({ url: 'https://lich.donvikhac.gov.vn/', hasPassword: false });

  // A refused address says so beside the card's title, and the corrected one is saved.
  await feed.getByLabel('Địa chỉ web của thư mục').fill('ftp://intranet.binhson.gov.vn/lich/');
  await feed.getByLabel('Địa chỉ web của thư mục').press('Enter');
  await expect(feed.getByRole('status')).toContainText('Chưa lưu được');
  await feed.getByLabel('Địa chỉ web của thư mục').fill('https://intranet.binhson.gov.vn/lich-truc/');
  await feed.getByLabel('Địa chỉ web của thư mục').press('Enter');
  await expect(feed.getByRole('status')).toHaveText('Đã lưu');
  expect(app.services().feedSettings.view().baseUrl).toBe('https://intranet.binhson.gov.vn/lich-truc/');
});

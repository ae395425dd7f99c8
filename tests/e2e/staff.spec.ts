import { expect, test } from './harness/fixtures';
import { StaffPage } from './harness/pages/staff-page';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

test('a CSV with broken rows is previewed row by row, only the good rows are imported, and search ignores diacritics', async ({ app }) => {
  const { page } = app;
  const staff = new StaffPage(page);
  await app.open('#/staff');
  await expect(page.getByRole('heading', { name: 'Nhân sự' })).toBeVisible();
  await expect(page.getByText('Danh bạ đang trống')).toBeVisible();

  await staff.pickFile('tests/fixtures/sample-staff-broken.csv');
  const dialog = staff.importDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('11 dòng: 6 sẽ nhập, 0 đã có trong danh bạ, 1 trùng trong tệp, 4 có lỗi.')).toBeVisible();
  await expect(staff.previewRow(4)).toContainText('Lỗi');
  await expect(staff.previewRow(4)).toContainText('Thiếu họ và tên');
  await expect(staff.previewRow(5)).toContainText('Bùi Xuân Trường');
  await expect(staff.previewRow(5)).toContainText('Số điện thoại "0912 34" không hợp lệ');
  await expect(staff.previewRow(6)).toContainText('Email "dnanh@@binhson" không hợp lệ');
  await expect(staff.previewRow(7)).toContainText('Vai trò không rõ: "Bảo vệ"');
  await expect(staff.previewRow(8)).toContainText('Trùng trong tệp');
  await expect(staff.warningsOf(12)).toContainText('Điện toán đám mây');
  // Nothing is saved before the user confirms.
  expect(app.services().staff.list()).toEqual([]);
  await page.screenshot({ path: shot('staff-import-preview'), fullPage: true });

  await dialog.getByRole('button', { name: 'Nhập 6 dòng hợp lệ' }).click();
  await expect(page.getByText('Đã nhập 6 người mới. Không nhập các dòng: 4, 5, 6, 7, 8.')).toBeVisible();
  await expect(dialog).toHaveCount(0);

  for (const name of ['Trần Quốc Bảo', 'Lê Thị Thu Hà', 'Phan Thanh Sơn', 'Hà Minh Châu']) await expect(staff.table).toContainText(name);
  await expect(staff.table).not.toContainText('Ngô Quang Huy');
  await expect(staff.rows).toHaveCount(6);
  // Sorted by given name: Bảo, Châu, Hà, Hùng, Hùng, Sơn.
  await expect(staff.names).toHaveText(['Trần Quốc Bảo', 'Hà Minh Châu', 'Lê Thị Thu Hà', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Phan Thanh Sơn']);
  await page.screenshot({ path: shot('staff-directory'), fullPage: true });

  await staff.search('nguyen van');
  await expect(staff.rows).toHaveCount(2);
  await expect(staff.names).toHaveText(['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng']);
});

test('a person is added and edited from the keyboard, with field messages, and deactivated with undo', async ({ app }) => {
  const { page } = app;
  const staff = new StaffPage(page);
  await app.open('#/staff');
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const panel = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await panel.getByLabel('Họ và tên').fill('Nguyễn Thị Thanh');
  await panel.getByLabel('Điện thoại').fill('0912 34');
  await panel.getByLabel('Điện thoại').press('Enter');
  await expect(panel.getByText('Điện thoại: Số điện thoại "0912 34" không hợp lệ')).toBeVisible();
  await panel.getByLabel('Điện thoại').fill('+84 912 345 678');
  await panel.getByLabel('Email').fill('NTThanh@Example.VN');
  await panel.getByLabel('Email').press('Enter');
  await expect(panel).toHaveCount(0);
  const row = staff.row('Nguyễn Thị Thanh');
  await expect(row).toContainText('0912 345 678');
  await expect(row).toContainText('ntthanh@example.vn');

  await row.getByRole('button', { name: 'Sửa' }).click();
  const editor = page.getByRole('dialog', { name: 'Sửa thông tin cán bộ' });
  await editor.getByLabel('Đơn vị (phòng/ban)').fill('Phòng An toàn thông tin');
  await editor.getByLabel('Đơn vị (phòng/ban)').press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(row).not.toContainText('Phòng An toàn thông tin');

  await row.getByRole('button', { name: 'Ngừng hoạt động' }).click();
  await expect(row).toContainText('Ngừng hoạt động');
  await expect(row.getByRole('button', { name: 'Kích hoạt lại' })).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(row.getByRole('button', { name: 'Ngừng hoạt động' })).toBeVisible();
});

test('an empty directory offers the sample directory', async ({ app }) => {
  const { page } = app;
  const staff = new StaffPage(page);
  await app.open('#/staff');
  await page.getByRole('button', { name: 'Nạp danh bạ mẫu' }).click();
  await expect(page.getByText('Đã nạp danh bạ mẫu (30 người).')).toBeVisible();
  await expect(staff.rows).toHaveCount(30);
  await page.getByLabel('Vai trò').selectOption({ label: 'Lãnh đạo trực' });
  await expect(staff.rows).toHaveCount(6);
});

test('an office workbook (title rows, merged two-row header, totals and signatures) is previewed from the right sheet', async ({ app }) => {
  const { page } = app;
  const staff = new StaffPage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/staff');
  await staff.pickFile('tests/fixtures/office/ds-truc-tet-2026.xlsx');
  const dialog = staff.importDialog;
  await expect(dialog.getByLabel('Trang tính:')).toHaveValue('1');
  await expect(dialog.getByText('Dòng tiêu đề của bảng: 7–8.')).toBeVisible();
  await expect(dialog.getByText('Dòng 22–30: sau bảng (từ "Tổng cộng: 10 người": tổng cộng, chữ ký) — không nhập.')).toBeVisible();
  await expect(dialog.getByText('Dòng 9: tiêu đề nhóm "I. BAN GIÁM ĐỐC" — không phải cán bộ.')).toBeVisible();
  await expect(staff.previewRow(10)).toContainText('Nguyễn Văn Hùng');
  await expect(staff.previewRow(10)).toContainText('0912 345 678');
  await expect(staff.previewRow(16)).toContainText('Phòng Hạ tầng · 0936 777 888');
  await expect(staff.previewRow(19)).toContainText('Vai trò không rõ: "Trực vận hành"');
  await expect(staff.previewRow(30)).toHaveCount(0);
  await page.screenshot({ path: shot('staff-import-office-xlsx') });

  // The other table of the workbook, chosen by the user: read from the same file, not asked for again.
  await dialog.getByLabel('Trang tính:').selectOption({ label: 'Dự phòng' });
  await expect(dialog.getByText('2 dòng: 2 sẽ nhập, 0 đã có trong danh bạ, 0 trùng trong tệp, 0 có lỗi.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Nhập 2 dòng hợp lệ' }).click();
  await expect(staff.names).toHaveText(['Tạ Thị Hồng', 'Phan Văn Lực']);
});

test('a skill added in Settings with the name the office writes is recognised on import', async ({ app }) => {
  const { page } = app;
  const staff = new StaffPage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/settings');
  const skills = page.locator('.skills-table');
  await expect(skills.locator('tr[data-skill="security"]').getByLabel('Tên khác (cách nhau bằng dấu phẩy)')).toHaveValue('ATTT, Bảo mật, Giám sát ATTT, An ninh mạng, Security');
  await page.getByRole('button', { name: 'Thêm kỹ năng' }).click();
  const added = skills.locator('tbody tr').last();
  await added.getByLabel('Tên kỹ năng').fill('Điện toán đám mây');
  await added.getByLabel('Tên khác (cách nhau bằng dấu phẩy)').fill('Cloud, ĐTĐM');
  await added.getByLabel('Tên khác (cách nhau bằng dấu phẩy)').press('Tab');
  await expect(skills.locator('tr[data-skill="dien-toan-dam-may"]')).toHaveCount(1);
  await skills.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('settings-skills') });
  await expect(page.locator('.settings .save-status')).toHaveText('Đã lưu');
  expect(app.services().settings.get().skills.at(-1)).toEqual({ id: 'dien-toan-dam-may', label: 'Điện toán đám mây', synonyms: ['Cloud', 'ĐTĐM'] });

  await app.open('#/staff');
  await staff.pickFile('tests/fixtures/sample-staff-broken.csv');
  await expect(staff.previewRow(12)).toContainText('Mới');
  await expect(staff.warningsOf(12)).toHaveCount(0);
});

test('a file with its own headings is mapped, unknown roles chosen per row and unknown skills added or mapped; the mapping is remembered', async ({ app }) => {
  const { page } = app;
  const staff = new StaffPage(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/staff');
  await staff.pickFile('tests/fixtures/office/ds-phan-cong-truc.xlsx');
  const dialog = staff.importDialog;
  await expect(dialog.getByText('Không nhận ra cột Họ và tên, Vai trò ở dòng tiêu đề 3: hãy chọn mỗi cột là thông tin gì.')).toBeVisible();
  await expect(staff.columnMapping.locator('tr[data-column="1"]')).toContainText('Trịnh Văn Khoa · Mai Thị Ngọc · Lý Văn Quang');
  await expect(dialog.getByRole('button', { name: 'Không có dòng nào để nhập.' })).toBeDisabled();
  await page.screenshot({ path: shot('staff-import-mapping') });

  await dialog.getByLabel('Cột B là').selectOption({ label: 'Họ và tên' });
  await dialog.getByLabel('Cột D là').selectOption({ label: 'Điện thoại' });
  await dialog.getByLabel('Cột E là').selectOption({ label: 'Vai trò' });
  await dialog.getByLabel('Cột F là').selectOption({ label: 'Kỹ năng' });
  await expect(dialog.getByText('4 dòng: 3 sẽ nhập, 0 đã có trong danh bạ, 0 trùng trong tệp, 1 có lỗi.')).toBeVisible();
  await expect(staff.previewRow(4)).toContainText('0983 111 222');
  await expect(staff.previewRow(7)).toContainText('Vai trò không rõ: "Hỗ trợ"');

  // Never imported as something: the user says what "Hỗ trợ" is for this row.
  await staff.previewRow(7).getByLabel('Vai trò cho dòng 7').selectOption({ label: 'Cán bộ kỹ thuật' });
  await expect(dialog.getByText('4 dòng: 4 sẽ nhập, 0 đã có trong danh bạ, 0 trùng trong tệp, 0 có lỗi.')).toBeVisible();
  await expect(staff.warningsOf(5)).toContainText('Kỹ năng mới "Điện toán đám mây"');
  await dialog.getByLabel('Xử lý kỹ năng "Cloud"').selectOption({ label: 'Là kỹ năng Máy chủ' });
  await expect(staff.warningsOf(6)).toHaveCount(0);
  await page.screenshot({ path: shot('staff-import-choices') });

  await dialog.getByRole('button', { name: 'Nhập 4 dòng hợp lệ' }).click();
  await expect(page.getByText('Đã nhập 4 người mới.')).toBeVisible();
  const skills = app.services().settings.get().skills;
  expect(skills.at(-1)).toEqual({ id: 'dien-toan-dam-may', label: 'Điện toán đám mây', synonyms: [] });
  expect(skills.find((s) => s.id === 'servers')!.synonyms).toContain('Cloud');
  expect(
    app
      .services()
      .staff.list()
      .find((m) => m.fullName === 'Châu Thị Oanh')!.roles,
  ).toEqual(['technician']);

  // The same layout again: mapped as the user did, nothing to ask but the row's role.
  await staff.pickFile('tests/fixtures/office/ds-phan-cong-truc.xlsx');
  await expect(dialog.getByText('Các cột được ghép như lần nhập trước một tệp cùng tiêu đề (bấm để sửa).')).toBeVisible();
  await expect(dialog.getByText('4 dòng: 0 sẽ nhập, 3 đã có trong danh bạ, 0 trùng trong tệp, 1 có lỗi.')).toBeVisible();
  await expect(staff.unknownSkills).toHaveCount(0);
});

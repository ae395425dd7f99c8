import { execFileSync } from 'node:child_process';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { testSettings } from '../shared/export/helpers';
import { expect, test } from './harness/fixtures';

// A published plan running at the test's clock (15/01/2026 09:00), as in the duty-log spec.
const WINDOW = { start: '2026-01-14T17:00', end: '2026-01-17T07:30' };
const SHOTS = 'artifacts/screenshots';
const HOSTILE = '<img src=x onerror=alert(1)>';

test('an incident of the duty log becomes its notice: the facts from the log, impact and recipients written in the dialog, through the outgoing checklist', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = tetRoster({ window: WINDOW, name: 'Trực ATTT cao điểm tháng 1', publishedAt: '2026-01-10T02:00:00.000Z' });
  await storePlan(app.services(), plan);
  // The unit is filled in; its contacts are still the defaults "to verify", which the checklist says.
  await app.services().settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' }, document: testSettings().document });
  const { contacts } = app.services().dutyLog.bundle(plan.id);
  const opened = await app.services().dutyLog.openIncident(plan.id, {
    shiftId: '2026-01-15/sang',
    foundAt: new Date('2026-01-15T08:20:00+07:00').toISOString(),
    system: `Cổng dịch vụ công ${HOSTILE}`,
    kind: 'defacement',
    severity: 'critical',
    description: 'Trang chủ bị thay giao diện',
    status: 'open',
  });
  await app.services().dutyLog.updateIncident(plan.id, { incidentId: opened.incidentId, shiftId: '2026-01-15/sang', action: { text: 'Ngắt kết nối máy chủ web' } });

  await app.open(`#/log/${plan.id}/incidents`);
  await page.getByRole('button', { name: 'Thông báo sự cố SC-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thông báo sự cố SC-01' });
  await expect(dialog).toBeVisible();
  // Nothing was notified yet: every contact of the unit is chosen; the IT head keeps two.
  for (const c of contacts) await expect(dialog.getByRole('checkbox', { name: c.name })).toBeChecked();
  for (const c of contacts.slice(2)) await dialog.getByRole('checkbox', { name: c.name }).uncheck();
  await dialog.getByLabel('Ảnh hưởng của sự cố').fill('Người dân không nộp được hồ sơ trực tuyến trong 25 phút');
  await dialog.getByLabel('Nơi nhận khác (mỗi dòng một nơi)').fill('Sở Khoa học và Công nghệ (để b/c)');
  await dialog.getByLabel('Số văn bản').fill('3');
  await page.screenshot({ path: `${SHOTS}/incident-notice-dialog.png` });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải PDF' }).click();
  const checklist = page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' });
  await expect(checklist.getByText(/chưa được xác nhận/).first()).toBeVisible();
  await checklist.getByRole('button', { name: 'Vẫn xuất' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Thong-bao-su-co-SC-01-.*\.pdf$/);
  const text = execFileSync('pdftotext', ['-layout', (await file.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Số: 3/TB-TTCNTT');
  expect(text).toContain('Người dân không nộp được hồ sơ trực tuyến trong 25 phút');
  expect(text).toContain('Ngắt kết nối máy chủ web');
  expect(text).toContain(HOSTILE);
  expect(text).toContain('- Sở Khoa học và Công nghệ (để b/c);');
  expect(text).toContain(`- ${contacts[0]!.name.split(' ').slice(0, 4).join(' ')}`);
  expect(text).not.toContain(contacts[3]!.name.slice(0, 30));
  await page.screenshot({ path: `${SHOTS}/incident-notice-saved.png` });
});

test('the after-holiday report from the duty log: the figures the log and its timesheet give, "tính đến" while the duty runs, remarks and recipients written in the dialog', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = tetRoster({ window: WINDOW, name: 'Trực ATTT cao điểm tháng 1', publishedAt: '2026-01-10T02:00:00.000Z' });
  await storePlan(app.services(), plan);
  const settings = testSettings();
  await app.services().settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' }, document: settings.document });
  // The night of 14/01 (ended): one technician absent, the other replaced, both with a reason; a hostile reason stays text.
  const log = app.services().dutyLog;
  const holder = (seatId: string) => plan.assignments.find((a) => a.seatId === seatId)!.staffId;
  await log.markAbsent(plan.id, { shiftId: '2026-01-14/dem', seatId: '2026-01-14/dem/ky-thuat', reason: HOSTILE });
  const standIn = ['kt-03', 'kt-04'].find((id) => id !== holder('2026-01-14/chieu/ky-thuat'))!;
  await log.replace(plan.id, { shiftId: '2026-01-14/chieu', seatId: '2026-01-14/chieu/ky-thuat', staffId: standIn, reason: 'Việc gia đình', confirm: true });
  // Readiness: of the letters' seven tasks (due 13/01) one was done, late; one has a hostile title and is not done.
  const readiness = app.services().readiness;
  await readiness.update(plan.id, 'backup', { assigneeId: 'kt-01', status: 'done' });
  await readiness.update(plan.id, 'fraud-awareness', { title: `Nhắc ${HOSTILE}` });

  // The Bảng chấm công tab: what the report's hours must add up to.
  await app.open(`#/log/${plan.id}/timesheet`);
  const sheet = page.getByRole('table', { name: 'Bảng chấm công' });
  await expect(sheet.getByRole('row')).not.toHaveCount(0);
  const column = async (n: number) => (await sheet.locator(`tbody tr td:nth-child(${n})`).allInnerTexts()).reduce((sum, t) => sum + Number(t.replace(',', '.')), 0);
  const [planned, actual] = [await column(2), await column(3)];
  expect(planned - actual).toBe(8);
  const vn = (h: number) => String(h).replace('.', ',');

  await page.getByRole('button', { name: 'Báo cáo kết quả trực…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Báo cáo kết quả công tác trực' });
  await expect(dialog.getByTestId('after-figures')).toContainText(`${vn(planned)} giờ theo lịch, ${vn(actual)} giờ thực tế`);
  await expect(dialog.getByText('số liệu tính đến 09:00 ngày 15/01/2026', { exact: false })).toBeVisible();
  await expect(dialog.getByTestId('after-readiness')).toHaveText('Việc chuẩn bị trước kỳ trực: 1/7 việc xong, 6 việc quá hạn chưa xong');
  // Recipients start as the unit's settings; none of the emergency contacts is chosen for a report upwards.
  await expect(dialog.getByLabel(/Nơi nhận khác/)).toHaveValue(settings.document.recipients.join('\n'));
  const { contacts } = log.bundle(plan.id);
  for (const c of contacts) await expect(dialog.getByRole('checkbox', { name: c.name })).not.toBeChecked();
  await dialog.getByLabel('Nơi nhận khác (mỗi dòng một nơi; mặc định theo Cài đặt)').fill('Sở Khoa học và Công nghệ (để b/c)\nBan Giám đốc');
  await dialog.getByLabel('Số văn bản').fill('4');
  // The remarks stop at the limit the CLI and the channel hold them to, and say so.
  await dialog.getByLabel('Nhận xét, đề xuất').fill('x'.repeat(8001));
  await expect(dialog.getByLabel('Nhận xét, đề xuất')).toHaveValue('x'.repeat(8000));
  await expect(dialog.getByText('8000/8000 ký tự')).toBeVisible();
  await dialog.getByLabel('Nhận xét, đề xuất').fill(`Các ca trực đầy đủ.\nĐề nghị bổ sung cán bộ ${HOSTILE} cho ca đêm.`);
  await page.screenshot({ path: `${SHOTS}/after-report-dialog.png` });

  const saved = async (button: string) => {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: button }).click();
    await page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' }).getByRole('button', { name: 'Vẫn xuất' }).click();
    return download;
  };
  const pdf = await saved('Tải PDF');
  expect(pdf.suggestedFilename()).toMatch(/^Bao-cao-ket-qua-truc-.*\.pdf$/);
  const text = execFileSync('pdftotext', ['-layout', (await pdf.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('Số: 4/BC-TTCNTT');
  expect(text).toContain('Kết quả công tác trực');
  expect(text).toContain('số liệu tính đến 09:00 ngày 15/01/2026');
  expect(text).toMatch(new RegExp(`Tổng cộng \\d+ ${vn(planned)} ${vn(actual)} `));
  expect(text).toContain(HOSTILE);
  expect(text).toContain('Việc gia đình');
  expect(text).toContain('Các ca trực đầy đủ.');
  expect(text).toContain('Đã hoàn thành 1/7 việc chuẩn bị (1 việc xong sau hạn); 6 việc chưa hoàn thành, trong đó 6 việc quá hạn.');
  // The hostile title printed as text (its cell wraps: the next cell's words come between).
  expect(text).toMatch(/Nhắc <img src=x .{0,40}onerror=alert\(1\)>/);
  // "Nơi nhận" shares its lines with the signer's column: read it in order.
  expect(text).toMatch(/Nơi nhận: .*- Sở Khoa học và Công nghệ \(để b\/c\); .*- Ban Giám đốc; - Lưu: VT, TTCNTT\./);
  expect(text).not.toContain('Các phòng chuyên môn');

  const docx = await saved('Tải Word (.docx)');
  expect(docx.suggestedFilename()).toMatch(/^Bao-cao-ket-qua-truc-.*\.docx$/);
  const xml = execFileSync('unzip', ['-p', (await docx.path())!, 'word/document.xml'], { encoding: 'utf8' });
  expect(xml).toContain('Số: 4/BC-TTCNTT');
  expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(xml).toContain('Nhắc &lt;img src=x onerror=alert(1)&gt;');
  expect(xml).toContain('Đã hoàn thành 1/7 việc chuẩn bị');
  expect(xml).toContain(`>${vn(actual)}<`);
});

test('the on-duty contact list from the duty log: a number of its own (not the roster’s), the focal point chosen, recipients from Settings', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = tetRoster({ window: WINDOW, name: 'Trực ATTT cao điểm tháng 1', publishedAt: '2026-01-10T02:00:00.000Z' });
  await storePlan(app.services(), plan);
  // The unit's roster number is 15: the list must not take it.
  await app.services().settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' }, document: { ...testSettings().document, number: '15' } });
  const focal = plan.staff.find((s) => s.id === 'kt-01')!;

  await app.open(`#/log/${plan.id}`);
  await expect(page.getByRole('button', { name: 'Báo cáo kết quả trực…' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/duty-log-papers.png` });
  await page.getByRole('button', { name: 'Danh sách cán bộ trực…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Danh sách cán bộ trực và đầu mối liên hệ' });
  await expect(dialog.getByLabel('Số văn bản')).toHaveValue('');
  await dialog.getByLabel('Đầu mối tiếp nhận, xử lý sự cố').selectOption({ label: focal.fullName });
  await page.screenshot({ path: `${SHOTS}/contact-list-dialog.png` });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải PDF' }).click();
  await page.getByRole('dialog', { name: 'Kiểm tra trước khi xuất' }).getByRole('button', { name: 'Vẫn xuất' }).click();
  const text = execFileSync('pdftotext', ['-layout', (await (await download).path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('DANH SÁCH');
  expect(text).toContain('Số: /DS-TTCNTT');
  expect(text).not.toContain('15/DS');
  expect(text).toMatch(new RegExp(`Đầu mối tiếp nhận, xử lý sự cố của đơn vị ${focal.fullName}`));
  expect(text).toMatch(/Nơi nhận: .*- Sở Khoa học và Công nghệ \(để b\/c\);/);
});

import { epochToVn } from '../../shared/time/zone';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { expect, test } from './harness/fixtures';

const FIVE_MINUTES = 5 * 60_000;

test('the Nhắc nhở screen shows upcoming reminders and the delivery log with reasons', async ({ app }) => {
  const services = app.services();
  // A period that began an hour before the test's clock: its first shift's reminders were missed, the
  // next ones are due or upcoming. One empty seat in the first shift raises the unfilled-seat alert.
  const start = Math.floor((app.clock.now().getTime() - 60 * 60_000) / FIVE_MINUTES) * FIVE_MINUTES;
  const window = { start: epochToVn(start), end: epochToVn(start + 3 * 24 * 3600_000) };
  const plan = tetRoster({ window, name: 'Trực ATTT đợt cao điểm cuối năm', publishedAt: new Date(start - 24 * 3600_000).toISOString() });
  const firstShift = plan.assignments[0]!.seatId.split('/').slice(0, 2).join('/');
  const emptied = { ...plan, versions: plan.versions.map((v) => ({ ...v, plan: { ...v.plan, assignments: v.plan.assignments.filter((a) => a.seatId !== `${firstShift}/ky-thuat`) } })) };
  await storePlan(services, emptied);
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  // Nothing listens on port 9 here: reminder emails fail and wait for their retry, with the reason.
  await services.mailSettings.update({ host: '127.0.0.1', port: 9, security: 'none', senderName: 'Lịch Trực TTCNTT', senderAddress: 'lichtruc@ttcntt.example.vn' });
  await services.reminders.engine.start();

  await app.open('#/reminders');
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Nhắc nhở', level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('chỉ thư mời lịch (iCal) đã gửi qua email còn nhắc được mọi người');
  await expect(page.getByText(plan.name, { exact: true })).toBeVisible();

  const upcoming = page.getByRole('table', { name: 'Sắp nhắc' });
  await expect(upcoming.getByText('Đổi ca sau 30 phút').first()).toBeVisible();
  await expect(upcoming.getByRole('row').nth(1)).toContainText(/(Thứ \S+|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

  const log = page.getByRole('table', { name: 'Nhật ký gửi' });
  await expect(log.getByText('Bị lỡ').first()).toBeVisible();
  await expect(log.getByText('Đã gửi').first()).toBeVisible();
  await expect(log.getByText('Ca trực còn trống chỗ', { exact: false }).first()).toBeVisible();
  await expect(log.getByText('Sẽ thử lại').first()).toBeVisible();
  await expect(log.getByText(/máy chủ từ chối kết nối/).first()).toBeVisible();

  await page.screenshot({ path: 'artifacts/screenshots/reminders.png', fullPage: true });
  // Closer views of the two tables, legible without zooming the full page.
  await page.screenshot({ path: 'artifacts/screenshots/reminders-top.png' });
  await log.screenshot({ path: 'artifacts/screenshots/reminders-log.png' });

  await page.getByRole('button', { name: 'Gửi thử thông báo' }).click();
  await expect(page.getByText('Đã gửi thông báo thử.')).toBeVisible();
  services.reminders.engine.stop();
});

test('the Nhắc nhở screen warns of a person on duty at once in two published plans', async ({ app }) => {
  const services = app.services();
  const plan = tetRoster({ window: { start: '2026-02-16T06:00', end: '2026-02-17T06:00' } });
  await storePlan(services, plan);
  // The same roster a second time under another id, as a plan file imported twice used to become.
  await storePlan(services, { ...plan, id: 'tet-2026-nhap', name: 'Trực Tết (bản nhập)' });

  await app.open('#/reminders');
  const { page } = app;
  const warning = page.getByRole('alert').filter({ hasText: 'trực trùng giờ ở hai kế hoạch' });
  await expect(warning).toContainText('chưa gửi lịch trực được cho đến khi sửa một bên');
  await expect(warning.getByRole('listitem').first()).toContainText(/^.+: Ca .+ trong "Trực Tết Bính Ngọ 2026" trùng Ca .+ trong "Trực Tết \(bản nhập\)"\.$/);
  await page.screenshot({ path: 'artifacts/screenshots/reminders-double-booked.png' });
});

test('"Gửi lịch trực" shows who gets what before anything is sent, and sends only on confirming', async ({ app }) => {
  const { testSettings } = await import('../shared/export/helpers');
  const services = app.services();
  const plan = tetRoster({ window: { start: '2026-02-16T14:00', end: '2026-02-17T14:00' }, name: 'Trực Tết Bính Ngọ 2026' });
  const noEmail = 'kt-04';
  const withoutEmail = (staff: typeof plan.staff) => staff.map((s) => (s.id === noEmail ? { ...s, email: '' } : s));
  await storePlan(services, { ...plan, staff: withoutEmail(plan.staff), versions: plan.versions.map((v) => ({ ...v, plan: { ...v.plan, staff: withoutEmail(v.plan.staff) } })) });
  await services.settings.update({
    organisation: { unitEmail: 'ttcntt@stttt.example.vn' },
    document: testSettings().document,
    contacts: [{ name: 'Đội ứng cứu sự cố tỉnh Bình Sơn', phone: '0912 345 678', email: 'ungcuu@binhson.example.vn', note: '', toVerify: false }],
  });
  await services.mailSettings.update({ host: '127.0.0.1', port: 9, security: 'none', senderName: 'Lịch Trực TTCNTT', senderAddress: 'lichtruc@ttcntt.example.vn' });
  const invitations = () => services.reminders.engine.entries().filter((e) => e.reminder.kind === 'invitation').length;

  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/reminders');
  await page.getByRole('button', { name: 'Gửi lịch trực' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gửi lịch trực: Trực Tết Bính Ngọ 2026 (phiên bản ban hành 1)' });
  await expect(dialog).toBeVisible();
  const mailed = plan.assignments.filter((a) => a.staffId !== noEmail);
  await expect(dialog).toContainText(`Sẽ gửi ${mailed.length} thư mời cho ${new Set(mailed.map((a) => a.staffId)).size} người`);
  await expect(dialog.getByRole('row', { name: /kt-01@ttcntt\.example\.vn/ })).toContainText(String(mailed.filter((a) => a.staffId === 'kt-01').length));
  await expect(dialog).toContainText('Chưa có email, không gửi được:');
  await page.screenshot({ path: 'artifacts/screenshots/reminders-send-preview.png' });

  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toHaveCount(0);
  expect(invitations()).toBe(0);

  await page.getByRole('button', { name: 'Gửi lịch trực' }).click();
  await dialog.getByRole('button', { name: `Gửi ${mailed.length} thư` }).click();
  await expect(page.getByText(`Đã gửi ${mailed.length} thư mời`)).toBeVisible();
  expect(invitations()).toBe(mailed.length);
  services.reminders.engine.stop();
});

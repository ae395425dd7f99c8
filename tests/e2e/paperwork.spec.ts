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

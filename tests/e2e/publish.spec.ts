import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { publish, rosteredTetPlan, testSettings } from '../shared/export/helpers';
import { expect, test } from './harness/fixtures';
import { PublishPage } from './harness/pages/publish-page';

const HOSTILE = '<img src=x onerror=alert(1)>';
const CONFIRMED = [{ name: 'Đội ứng cứu sự cố tỉnh Bình Sơn', phone: '0912 345 678', email: 'ungcuu@binhson.example.vn', note: '', toVerify: false }];

test('the publish screen previews the printed roster and hands out PDF and per-person calendars as the same bytes', async ({ app }) => {
  const { page } = app;
  const plan = rosteredTetPlan();
  plan.staff = plan.staff.map((s, i) => (i === 8 ? { ...s, fullName: HOSTILE } : s));
  const imported = await app.services().plans.importFile('tet.lichtruc.json', JSON.stringify(publish(plan, '2026-02-05T02:00:00.000Z')));
  if (!('plan' in imported)) throw new Error('a fresh store already had the plan');
  await app.services().settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' }, document: testSettings().document, contacts: CONFIRMED });

  const alerts: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => alerts.push(d.message())));
  await app.open(`#/publish/${imported.plan.id}`);
  const screen = new PublishPage(page);
  await expect(screen.heading).toBeVisible();
  await expect(page.getByText('Xuất từ bản ban hành lần 1 (05/02/2026 09:00).')).toBeVisible();

  const preview = screen.preview;
  await expect(preview.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(preview.getByText('Lịch trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026')).toBeVisible();
  // The hostile name is text in the preview, never an element.
  await expect(preview.getByText(HOSTILE).first()).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(0);
  // The print CSS reached the frame despite the CSP: the title is in capitals, the table has borders.
  await expect(preview.locator('h1')).toHaveCSS('text-transform', 'uppercase');
  await expect(preview.locator('table.roster td').first()).toHaveCSS('border-top-style', 'solid');
  // One document type, as in the PDF and the Word file: THÔNG BÁO, its trích yếu, the number with TB.
  await expect(preview.locator('h1')).toHaveText('THÔNG BÁO');
  await expect(preview.getByText('Số: 15/TB-TTCNTT')).toBeVisible();
  await expect(preview.getByText('- Lưu: VT, TTCNTT.')).toBeVisible();
  // The preview is set in the PDF's own Tinos, Vietnamese letters included, not the machine's fonts.
  const frame = screen.previewFrame();
  await expect.poll(() => frame.evaluate(async () => (await document.fonts.load('13pt Tinos', 'Trực ngày Mùng')).some((f) => f.status === 'loaded'))).toBe(true);
  expect(await frame.evaluate(() => [...document.fonts].filter((f) => f.family === 'Tinos' && f.status === 'loaded').length)).toBeGreaterThanOrEqual(2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'artifacts/screenshots/publish.png' });

  // An export is a download of the bytes the desktop app would save, under the suggested name.
  const pdfFile = await screen.download('Lưu PDF');
  expect(pdfFile.suggestedFilename()).toMatch(/^Truc-.*\.pdf$/);
  expect(
    readFileSync((await pdfFile.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await expect(page.getByText(`Đã tải xuống ${pdfFile.suggestedFilename()}`)).toBeVisible({ timeout: 30_000 });

  // One calendar per person: one .zip, so the browser asks for one download only.
  const zipFile = await screen.download('Lịch .ics từng người…');
  expect(zipFile.suggestedFilename()).toMatch(/-lich-tung-nguoi\.zip$/);
  const calendars = unzipSync(readFileSync((await zipFile.path())!));
  expect(Object.keys(calendars)).toHaveLength(new Set(plan.assignments.map((a) => a.staffId)).size);
  for (const ics of Object.values(calendars)) expect(new TextDecoder().decode(ics)).toMatch(/^BEGIN:VCALENDAR\r\n/);

  await screen.chooseDocument('Phiếu trực: Bùi Xuân Trường');
  await expect(preview.locator('h1')).toHaveText('PHIẾU TRỰC');
  await expect(preview.getByText('Bùi Xuân Trường').first()).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/publish-slip.png' });
  expect(alerts).toEqual([]);
});

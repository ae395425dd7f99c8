import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish, rosteredTetPlan, testSettings } from '../shared/export/helpers';
import { expect, test } from './harness/fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';
const CONFIRMED = [{ name: 'Đội ứng cứu sự cố tỉnh Bình Sơn', phone: '0912 345 678', email: 'ungcuu@binhson.example.vn', note: '', toVerify: false }];

test('the publish screen previews the printed roster and saves PDF and per-person calendars', async ({ app }) => {
  const { page } = app;
  const dir = mkdtempSync(join(tmpdir(), 'lich-truc-publish-'));
  const plan = rosteredTetPlan();
  plan.staff = plan.staff.map((s, i) => (i === 8 ? { ...s, fullName: HOSTILE } : s));
  const file = join(dir, 'tet.lichtruc.json');
  writeFileSync(file, JSON.stringify(publish(plan, '2026-02-05T02:00:00.000Z')));
  const imported = await app.services().plans.importFile(file);
  if (!('plan' in imported)) throw new Error('import failed');
  // A finished unit: nothing for the checklist to hold back (tests/e2e/checklist.spec.ts shows it).
  await app.services().settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' }, document: testSettings().document, contacts: CONFIRMED });

  const alerts: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => alerts.push(d.message())));
  await app.open(`#/publish/${imported.plan.id}`);
  await expect(page.getByRole('heading', { name: 'Xuất bản' })).toBeVisible();
  await expect(page.getByText('Xuất từ bản ban hành lần 1 (05/02/2026 09:00).')).toBeVisible();

  const preview = page.frameLocator('iframe[title="Bản in lịch trực"]');
  await expect(preview.getByText('Độc lập - Tự do - Hạnh phúc')).toBeVisible();
  await expect(preview.getByText('Lịch trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026')).toBeVisible();
  // The hostile name is text in the preview, never an element.
  await expect(preview.getByText(HOSTILE).first()).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(0);
  // The print CSS reached the frame despite the CSP: the title is in capitals, the table has borders.
  // One document type, as in the PDF and the Word file: THÔNG BÁO, its trích yếu, the number with TB.
  await expect(preview.locator('h1')).toHaveText('THÔNG BÁO');
  await expect(preview.getByText('Số: 15/TB-TTCNTT')).toBeVisible();
  await expect(preview.getByText('- Lưu: VT, TTCNTT.')).toBeVisible();
  await expect(preview.locator('h1')).toHaveCSS('text-transform', 'uppercase');
  await expect(preview.locator('table.roster td').first()).toHaveCSS('border-top-style', 'solid');
  // The preview is set in the PDF's own Tinos, Vietnamese letters included, not the machine's fonts.
  const frame = page.frame({ url: 'about:srcdoc' })!;
  await expect.poll(() => frame.evaluate(async () => (await document.fonts.load('13pt Tinos', 'Trực ngày Mùng')).some((f) => f.status === 'loaded'))).toBe(true);
  expect(await frame.evaluate(() => [...document.fonts].filter((f) => f.family === 'Tinos' && f.status === 'loaded').length)).toBeGreaterThanOrEqual(2);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'artifacts/screenshots/publish.png' });

  app.dialogs.nextSave = join(dir, 'lich-truc.pdf');
  await page.getByRole('button', { name: 'Lưu PDF' }).click();
  await expect(page.getByText(`Đã lưu ${join(dir, 'lich-truc.pdf')}`)).toBeVisible({ timeout: 30_000 });
  expect(readFileSync(join(dir, 'lich-truc.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

  app.dialogs.nextFolder = join(dir, 'ics');
  await page.getByRole('button', { name: 'Lịch .ics từng người…' }).click();
  const people = new Set(plan.assignments.map((a) => a.staffId)).size;
  await expect(page.getByText(`Đã lưu ${people} tệp lịch vào ${join(dir, 'ics')}`)).toBeVisible();
  expect(readdirSync(join(dir, 'ics'))).toHaveLength(people);

  // A cancelled dialog writes nothing and says nothing.
  app.dialogs.nextSave = null;
  await page.getByRole('button', { name: 'Lưu Excel (.xlsx)' }).click();
  expect(existsSync(join(dir, 'lich-truc.xlsx'))).toBe(false);

  await page.getByLabel('Tài liệu').selectOption({ label: 'Phiếu trực: Bùi Xuân Trường' });
  await expect(preview.locator('h1')).toHaveText('PHIẾU TRỰC');
  await expect(preview.getByText('Bùi Xuân Trường').first()).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/publish-slip.png' });
  expect(alerts).toEqual([]);
});

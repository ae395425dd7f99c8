import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { randomIds } from '../../electron/services/adapters';
import { decodeBase64 } from '../../shared/api/files';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { buildServices } from '../helpers/build-services';
import { tetPlanInput } from '../helpers/tet-plan';
import { inVietnamese } from '../helpers/said';
import { testSettings } from '../shared/export/helpers';
import { expect, test } from './harness/browser-mode';
import { PublishPage } from './harness/pages/publish-page';

const TITLE = 'Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026';
const run = promisify(execFile);

test('browser mode over HTTP: the launch link opens a session, then a plan is created, generated, published and exported as a download', async ({ page, browserMode }) => {
  const { server, services } = browserMode;
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  // A finished unit, so the outgoing checklist holds nothing back (tests/e2e/checklist.spec.ts shows it).
  const contacts = [{ name: 'Đội ứng cứu sự cố tỉnh Bình Sơn', phone: '0912 345 678', email: 'ungcuu@binhson.example.vn', note: '', toVerify: false }];
  await services.settings.update({ organisation: { unitEmail: 'ttcntt@binhson.gov.vn' }, document: testSettings().document, contacts });
  const calls: string[] = [];
  page.on('request', (r) => r.url().includes('/api/') && calls.push(new URL(r.url()).pathname));

  await page.goto(server.launchUrl());
  await expect(page.getByRole('heading', { name: 'Kế hoạch trực' })).toBeVisible();
  // The one-time code leaves the address bar (and so the history) once traded.
  expect(page.url()).not.toContain('code=');
  expect(calls[0]).toBe('/api/session');

  await page.getByRole('button', { name: /Tết Nguyên đán/ }).click();
  await page.getByRole('form', { name: 'Tết Nguyên đán' }).getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const [plan] = services.plans.list();

  // Same-document navigations: the tab keeps its session, as a user following the app's links does.
  const origin = new URL(server.launchUrl()).origin;
  await page.goto(`${origin}/#/roster/${plan!.id}`);
  await page.getByRole('button', { name: 'Tạo lịch' }).click();
  await expect(page.getByText(/Đã xếp \d+\/\d+ chỗ/)).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('✓ Đã lưu');
  await page.getByRole('button', { name: 'Ban hành…' }).click();
  await page.getByRole('dialog', { name: 'Ban hành phiên bản 1' }).getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(page.getByTestId('roster-status')).toHaveText('Đã ban hành phiên bản 1');
  expect(services.plans.get(plan!.id).versions).toHaveLength(1);

  await page.goto(`${origin}/#/publish/${plan!.id}`);
  await expect(page.getByText('Xuất từ bản ban hành lần 1')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'artifacts/screenshots/browser-mode-publish.png' });
  const file = await new PublishPage(page).download('Lịch .ics (toàn bộ)');
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const text = readFileSync((await file.path())!, 'utf8');
  // The very bytes the desktop app would save, and a calendar a parser reads.
  const built = await services.registry.dispatch('exports:build', { planId: plan!.id, format: 'ics' });
  const stamp = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, '');
  expect(built.ok && stamp(new TextDecoder().decode(decodeBase64((built.data as { files: { contentBase64: string }[] }).files[0]!.contentBase64)))).toBe(stamp(text));
  expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length).toBeGreaterThan(20);
  await expect(page.getByText(`Đã tải xuống ${file.suggestedFilename()}`)).toBeVisible();
  // Every call went over the page's own HTTP transport, through the handler table.
  expect(calls.filter((c) => c.startsWith('/api/call/')).map((c) => decodeURIComponent(c.slice('/api/call/'.length)))).toEqual(
    expect.arrayContaining(['plans:create', 'plans:update', 'plans:publish', 'exports:build']),
  );
});

test('a change made through the CLI is pushed to the open page', async ({ page, browserMode }) => {
  const { server, dataDir } = browserMode;
  await page.goto(server.launchUrl());
  await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();

  // A plan file made elsewhere, imported by the CLI into the folder the server serves.
  const elsewhere = mkdtempSync(join(tmpdir(), 'lich-truc-cli-plan-'));
  const other = buildServices({ dataDir: elsewhere, clock: browserMode.clock, ids: randomIds });
  const made = await other.plans.create({ ...tetPlanInput(), name: 'Trực Tết nhập bằng dòng lệnh' });
  const file = join(elsewhere, 'tet.lichtruc.json');
  writeFileSync(file, other.plans.exportFile(made.id).text);
  const cli = await run(process.execPath, ['dist/cli/lich-truc.mjs', 'plan', 'import', file], { env: { ...process.env, LICH_TRUC_DATA_DIR: dataDir } });
  expect(cli.stdout).toContain('Đã nhập kế hoạch "Trực Tết nhập bằng dòng lệnh"');

  // No reload: the server saw the folder change and pushed plans:changed down the event stream.
  await expect(page.locator('tr', { hasText: 'Trực Tết nhập bằng dòng lệnh' })).toBeVisible();
  rmSync(elsewhere, { recursive: true, force: true });
});

test('the feed folder in browser mode: no folder dialog for the page to open, so Cài đặt says how to set it and shows what the CLI set', async ({ page, browserMode }) => {
  const { services, dataDir } = browserMode;
  await page.goto(browserMode.server.launchUrl());
  await expect(page.getByText('Chưa có kế hoạch nào')).toBeVisible();
  expect(inVietnamese(await services.registry.dispatch('feed:settings:chooseFolder', undefined))).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.stringContaining('lich-truc feed config --dir') },
  });

  const folder = mkdtempSync(join(tmpdir(), 'lich-truc-browser-feed-'));
  await run(process.execPath, ['dist/cli/lich-truc.mjs', 'feed', 'config', '--dir', folder], { env: { ...process.env, LICH_TRUC_DATA_DIR: dataDir } });
  await page.goto(`${new URL(browserMode.server.launchUrl()).origin}/#/settings`);
  const form = page.getByRole('form', { name: 'Thư mục nguồn lịch (webcal)' });
  await expect(form.getByText(folder)).toBeVisible();
  await expect(form.getByText(/Đặt thư mục bằng lệnh lich-truc feed config --dir/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Chọn thư mục…' })).toHaveCount(0);
  rmSync(folder, { recursive: true, force: true });
});

test('a page without a valid link gets no session and says how to get one', async ({ page, browserMode }) => {
  const origin = new URL(browserMode.server.launchUrl()).origin;
  await page.goto(`${origin}/#code=${'A'.repeat(43)}`);
  await expect(page.getByText(/Đường dẫn này đã được dùng hoặc đã hết hạn/)).toBeVisible();
});

import type { Locator } from '@playwright/test';
import { storePlan } from '../helpers/publish';
import { TET_STAFF, tetRoster } from '../helpers/reminders';
import { VIETNAMESE_LETTER } from '../helpers/said';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';

// TET_STAFF typed without diacritics: any Vietnamese letter left in what is checked is the app's.
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd');
const STAFF = TET_STAFF.map((s) => ({ ...s, fullName: ascii(s.fullName), title: 'Chuyen vien', unit: 'Phong Ha tang' }));

/** Proper names English keeps: Tết, and a Vietnamese name given in parentheses ("New Year's Eve (Giao thừa)"). */
const withoutProperNames = (text: string) => text.replace(/\([^)]*\)/g, '').replace(/Tết/g, '');

/** The tooltips under a part of the screen, which a sweep of the visible text does not read. */
const tooltips = (within: Locator) => within.evaluateAll((all) => all.flatMap((el) => [el, ...el.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '')).filter(Boolean));

test("under the English UI the days of Tết are told in English in the roster's whole period and in the leave timeline, and the day columns fit", async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  await services.settings.update({ language: 'en' });
  const plan = await createTetPlan(services, STAFF);
  await services.plans.update(plan.id, {
    participants: services.plans.get(plan.id).participants.map((p) => (p.staffId === 'ld-01' ? { ...p, leave: [{ start: '2026-02-15T08:00', end: '2026-02-18T08:00', reason: 'Home for Tet' }] } : p)),
  });

  await app.open(`#/roster/${plan.id}`);
  await expect(page.getByRole('button', { name: 'Whole period' })).toHaveAttribute('aria-pressed', 'true');
  const columns = page.getByRole('columnheader').filter({ has: page.getByRole('button', { name: /^(Lock|Unlock) the whole day / }) });
  // 13/02 17:00 → 23/02 07:30: eleven days, each a column.
  await expect(columns).toHaveCount(11);
  for (const column of await columns.all()) {
    // The weekday as a narrow column can hold it, clear of the day's lock.
    const weekday = column.getByText(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/);
    await expect(weekday).toBeVisible();
    const [text, lock] = [await weekday.boundingBox(), await column.getByRole('button').boundingBox()];
    expect(text && lock && text.x + text.width <= lock.x).toBe(true);
  }
  await expect(columns.nth(4)).toContainText('Tue');
  await expect(columns.nth(4).getByTitle('Tết day 1')).toBeVisible();
  const markTitles = await tooltips(columns);
  expect(markTitles).toContain("New Year's Eve (Giao thừa)");
  expect(markTitles).toContain('Day off');
  for (const title of markTitles) expect(withoutProperNames(title)).not.toMatch(VIETNAMESE_LETTER);
  await page.screenshot({ path: 'artifacts/screenshots/english-whole-period.png' });

  await app.open(`#/plans/${plan.id}/setup`);
  const timeline = page.getByRole('region', { name: 'Leave over the duty period' });
  await expect(timeline).toContainText('Home for Tet');
  const dayTitles = await tooltips(timeline);
  expect(dayTitles).toContain("New Year's Eve (Giao thừa)");
  for (const title of dayTitles) expect(withoutProperNames(title)).not.toMatch(VIETNAMESE_LETTER);
});

test('under the English UI the pay rule names the law its defaults come from in English', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.services().settings.update({ language: 'en' });
  await app.open('#/settings');
  const section = page.getByRole('group', { name: 'Duty pay rule (timesheet)' });
  await expect(section).toContainText('Defaults from: Joint Circular 08/2005/TTLT-BNV-BTC');
  expect(withoutProperNames(await section.innerText())).not.toMatch(VIETNAMESE_LETTER);
  await section.getByLabel('The unit is').selectOption('enterprise');
  await expect(section).toContainText('Defaults from: Labour Code 2019, Articles 98 and 106');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/english-pay-rule.png' });
});

test('under the English UI a new duty log lists the routine checks in English, and keeps them once written', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  await services.settings.update({ language: 'en' });
  // Published, running at the test's clock (15/01/2026 09:00): the morning shift is on duty.
  const plan = tetRoster({ window: { start: '2026-01-14T17:00', end: '2026-01-17T07:30' }, publishedAt: '2026-01-10T02:00:00.000Z' });
  await storePlan(services, plan);

  await app.open(`#/log/${plan.id}/${encodeURIComponent('2026-01-15/sang')}`);
  const checks = page.getByRole('region', { name: 'Routine checks' });
  const boxes = checks.getByRole('checkbox');
  await expect(boxes).toHaveCount(6);
  await expect(checks).toContainText('Central security monitoring screen (SOC)');
  expect(await checks.innerText()).not.toMatch(VIETNAMESE_LETTER);
  await checks.getByRole('checkbox', { name: 'Data backup done' }).click();
  await expect(checks.getByRole('checkbox', { name: 'Data backup done' })).toBeChecked();
  await page.screenshot({ path: 'artifacts/screenshots/english-duty-log-checks.png' });

  // The first record wrote the checklist into the log: what the page lists now is the log's own.
  await app.open(`#/log/${plan.id}/checklist`);
  const items = page.getByRole('textbox', { name: /^Check \d$/ });
  await expect(items).toHaveCount(6);
  for (const value of await items.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))) expect(value).not.toMatch(VIETNAMESE_LETTER);
  expect(services.dutyLog.read(plan.id).checklist.map((c) => c.label)).toContain('Data backup done');
});

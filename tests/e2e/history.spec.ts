import { generateForPlan } from '../../shared/roster/for-plan';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { expect, test } from './harness/fixtures';
import { DEFAULT_SKILLS } from '../../shared/staff/schema';

test('a new plan carries who held Giao thừa last time; the IT head sees it and can reset it', async ({ app }) => {
  const services = app.services();
  await services.ctx.store.lock.run(() => services.directory.write([...SAMPLE_STAFF]));
  const lastYear = await services.plans.create({
    name: 'Trực Tết 2025',
    window: { start: '2025-01-24T17:00', end: '2025-02-03T07:30' },
    specialDays: [{ date: '2025-01-28', kind: 'giao-thua', label: 'Giao thừa' }],
  });
  const { plan: rostered } = generateForPlan(lastYear, DEFAULT_SKILLS, { seed: 1, mode: 'regenerate' });
  await services.plans.update(lastYear.id, { assignments: rostered.assignments });
  await services.plans.publish(lastYear.id);

  const thisYear = await services.plans.create({ name: 'Trực Tết 2026', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
  const carried = thisYear.history.filter((h) => h.giaoThua > 0);
  expect(carried.length).toBeGreaterThan(0);

  await app.open(`#/plans/${thisYear.id}/setup`);
  const table = app.page.locator('.history-table');
  await expect(table).toBeVisible();
  const holder = SAMPLE_STAFF.find((m) => m.id === carried[0]!.staffId)!;
  await expect(table.locator('tr', { hasText: holder.fullName })).toContainText(String(carried[0]!.giaoThua));
  // Last year's plan has no duty log: its history is as published, and the screen says so.
  await expect(app.page.getByText('Tính từ: Trực Tết 2025 (theo lịch ban hành).')).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await app.page.screenshot({ path: 'artifacts/screenshots/plan-history.png' });

  app.page.once('dialog', (dialog) => void dialog.accept());
  await app.page.getByRole('button', { name: 'Đặt lại lịch sử' }).click();
  await expect(app.page.getByText('Chưa có lịch sử')).toBeVisible();
  await expect(app.page.getByText(/^Tính từ:/)).toHaveCount(0);
  await expect(app.page.getByText('Đã lưu')).toBeVisible();
  expect(app.services().plans.get(thisYear.id).history).toEqual([]);
});

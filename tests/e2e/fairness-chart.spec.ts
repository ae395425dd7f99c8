import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

test('Công bằng draws each role’s loads against its average and best line; a bar shows that person’s shifts in the grid', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  const plan = await createTetPlan(services);
  await app.open(`#/roster/${plan.id}`);
  await page.getByRole('button', { name: 'Tạo lịch' }).click();
  await expect(page.locator('.notice-info')).toContainText('Đã xếp');
  await expect.poll(() => app.services().plans.get(plan.id).assignments.length).toBeGreaterThan(80);
  await expect(page.locator('.save-state')).toHaveText('✓ Đã lưu');
  await page.getByRole('tab', { name: 'Công bằng' }).click();

  const stored = app.services().plans.get(plan.id);
  const people = stored.participants.map((p) => SAMPLE_STAFF.find((m) => m.id === p.staffId)!);
  const charts = page.locator('.fairness-chart');
  await expect(charts).toHaveCount(2);
  for (const role of ['leader', 'technician'] as const) {
    const chart = page.locator(`.fairness-chart[data-role="${role}"]`);
    await expect(chart.locator('.chart-bar')).toHaveCount(people.filter((m) => m.roles.includes(role)).length);
    await expect(chart.locator('.chart-average')).toHaveCount(1);
    await expect(chart.locator('.chart-best')).toHaveCount(1);
  }
  // The table's most loaded technician heads the chart; the night and Giao thừa shifts are written out.
  const technicians = page.locator('.fairness-chart[data-role="technician"]');
  await expect(technicians.locator('figcaption')).toContainText('trung bình');
  await expect(technicians).toContainText('đêm');
  await expect(page.locator('.fairness-panel svg').filter({ hasText: 'GT' })).not.toHaveCount(0);
  await page.locator('.fairness-panel').screenshot({ path: shot('fairness-chart') });
  // Black and white: the same picture without colour.
  await page.evaluate(() => ((globalThis as any).document.documentElement.style.filter = 'grayscale(1)'));
  await page.locator('.fairness-panel').screenshot({ path: shot('fairness-chart-grey') });
  await page.evaluate(() => ((globalThis as any).document.documentElement.style.filter = ''));

  const bar = technicians.locator('.chart-bar').first();
  const staffId = (await bar.getAttribute('data-staff-id'))!;
  const held = stored.assignments.filter((a) => a.staffId === staffId);
  const name = SAMPLE_STAFF.find((m) => m.id === staffId)!.fullName;
  await bar.click();
  await expect(page.locator('.shown-banner')).toHaveText(new RegExp(`Đang tô ${held.length} ca của ${name} trên lịch`));
  const marked = page.locator('.compact-grid .seat-shown');
  await expect(marked).toHaveCount(held.length);
  expect((await marked.evaluateAll((els) => els.map((el) => el.getAttribute('data-seat-id')))).sort()).toEqual(held.map((a) => a.seatId).sort());
  // One of them has the focus, in view.
  expect(held.map((a) => a.seatId)).toContain(await page.locator(':focus').getAttribute('data-seat-id'));
  await expect(page.locator(':focus')).toBeInViewport();
  await page.screenshot({ path: shot('fairness-shown') });

  // The keyboard reaches a bar too; pressing the shown one again unmarks.
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(marked).toHaveCount(0);
  await expect(page.locator('.shown-banner')).toHaveCount(0);
});

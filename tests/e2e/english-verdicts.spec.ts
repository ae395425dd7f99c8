import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';

// Nguyễn Văn Hùng (HT): a technician with network and servers, not security, put on the ATTT seat.
const HUNG = SAMPLE_STAFF[6]!;
const ATTT_SEAT = '2026-02-16/dem/ky-thuat-attt';

test('the roster editor under the English UI says its violations and Why? in English', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  await services.settings.update({ language: 'en' });
  const created = await createTetPlan(services);
  const plan = await services.plans.update(created.id, { assignments: [{ seatId: ATTT_SEAT, staffId: HUNG.id, locked: false }] });

  await app.open(`#/roster/${plan.id}`);
  await page.getByRole('tab', { name: /Checks/ }).click();
  const panel = page.getByRole('region', { name: 'Roster checks' });
  await expect(panel.getByTestId('violation-ROLE_MISMATCH')).toHaveText('Nguyễn Văn Hùng lacks the skill An toàn thông tin / SOC needed for the cán bộ kỹ thuật ATTT seat of the 22:00 shift on 16/02');
  const emptyAttt = panel.locator('.unfilled li').filter({ hasText: 'cán bộ kỹ thuật ATTT' }).first();
  await expect(emptyAttt.locator('.unfilled-item')).toHaveText(/^Nobody holds the cán bộ kỹ thuật ATTT seat of the \d\d:\d\d shift on \d\d\/\d\d$/);
  await emptyAttt.getByRole('button', { name: 'Why?' }).click();
  await expect(emptyAttt.locator('.explanation')).toContainText('needs 1 cán bộ kỹ thuật ATTT; 24 taking part as technician, 18 without the skill An toàn thông tin / SOC');
  await expect(emptyAttt.locator('.explanation .suggestion')).toHaveText(/^Suggestion: (place|add) /);
  // The seat's own mark in the grid tells the same verdict, in English too.
  await expect(page.locator(`[data-seat-id="${ATTT_SEAT}"]`)).toHaveAttribute('title', /⚠ Nguyễn Văn Hùng lacks the skill/);
  await expect(panel).not.toContainText(/không có kỹ năng|Chưa có người trực|cần 1/);
  await page.screenshot({ path: 'artifacts/screenshots/checks-english.png' });
});

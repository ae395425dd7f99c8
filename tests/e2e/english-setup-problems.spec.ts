import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';

const leaders = SAMPLE_STAFF.filter((s) => s.roles.includes('leader'));
const technicians = SAMPLE_STAFF.filter((s) => s.roles.includes('technician') && !s.roles.includes('leader'));
const VIETNAMESE_LETTERS = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

test('plan set-up under the English UI says what stops a roster in English', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  await services.settings.update({ language: 'en' });
  const created = await createTetPlan(services);
  // Two leader seats in every shift, one leader taking part; the plan's own names are English, so
  // any Vietnamese left on screen would be the app's.
  await services.plans.update(created.id, {
    participants: [leaders[0]!, ...technicians].map((s) => ({ staffId: s.id, leave: [], noNights: false, preferredDays: [], avoidedDays: [] })),
    pattern: {
      presetId: null,
      shifts: [
        { id: 'day', label: 'Day', start: '07:30', end: '19:30' },
        { id: 'night', label: 'Night', start: '19:30', end: '07:30' },
      ],
    },
    seats: {
      default: [
        { id: 'leader-1', role: 'leader', skill: null, kind: 'standby', label: 'Leader 1' },
        { id: 'leader-2', role: 'leader', skill: null, kind: 'standby', label: 'Leader 2' },
        { id: 'tech', role: 'technician', skill: null, kind: 'onsite', label: 'Technician' },
      ],
      overrides: [],
    },
  });

  // The leader's leave: a night off inside the window, and one typed a year early.
  const leave = [
    { start: '2026-02-15T22:00', end: '2026-02-16T06:00', reason: 'Night off' },
    { start: '2025-02-16T08:00', end: '2025-02-17T08:00', reason: '' },
  ];
  await services.plans.update(created.id, { participants: services.plans.get(created.id).participants.map((p) => (p.staffId === leaders[0]!.id ? { ...p, leave } : p)) });

  await app.open(`#/plans/${created.id}/setup`);
  const checks = page.getByRole('region', { name: /^Checks before building the roster/ });
  const problems = checks.getByRole('listitem');
  const shortage = 'Each shift needs 2 duty leaders but the plan has only 1 leader';
  const wrongYear = `${leaders[0]!.fullName}: The leave 16/02/2025 08:00 – 17/02/2025 08:00 is outside the duty window`;
  await expect(problems).toHaveText([shortage, wrongYear]);
  // The night off is marked D in the grid: Đ is the Vietnamese letter.
  await expect(page.locator(`tr[data-leave-row="${leaders[0]!.id}"] td[data-date="2026-02-15"]`)).toHaveText('D');

  // A gap typed into the pattern is told at once, in English, in the checks and beside the shifts.
  await page.getByLabel('End Day').fill('18:30');
  await expect(problems).toHaveText(['No shift covers 18:30–19:30', shortage, wrongYear]);
  await expect(page.getByRole('region', { name: 'Shifts of the day' }).getByRole('listitem')).toHaveText(['No shift covers 18:30–19:30']);
  await expect(checks).toContainText('3 problems to resolve');
  // Only the person's name, the plan's own words, is Vietnamese.
  for (const text of await problems.allTextContents()) expect(text.replace(leaders[0]!.fullName, '')).not.toMatch(VIETNAMESE_LETTERS);
  await page.screenshot({ path: 'artifacts/screenshots/setup-problems-english.png' });
  await page.getByRole('region', { name: 'Leave and wishes by day' }).screenshot({ path: 'artifacts/screenshots/setup-grid-english.png' });
});

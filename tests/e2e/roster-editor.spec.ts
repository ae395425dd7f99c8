import type { Locator } from '@playwright/test';
import { planToProblem } from '../../shared/plan/expand';
import type { Plan } from '../../shared/plan/schema';
import { checkRoster } from '../../shared/roster/check';
import { moveSeat } from '../../shared/roster/edit';
import { introducedViolations } from '../../shared/roster/seat-issues';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';
import { notice } from './harness/pages/notices';
import { RosterPage } from './harness/pages/roster-page';
import { DEFAULT_SKILLS } from '../../shared/staff/schema';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

/**
 * Two held seats on different days whose people can trade places without breaking any rule, the
 * nearest such days first: a drag to a seat scrolled far out of view is not what is tested here.
 */
function harmlessSwap(plan: Plan): [string, string] {
  const problem = planToProblem({ ...plan, assignments: [] }, DEFAULT_SKILLS);
  const held = plan.assignments.filter((a) => !a.locked);
  const base = checkRoster(problem, plan.assignments);
  const day = (seatId: string) => Date.parse(seatId.slice(0, 10)) / 86_400_000;
  const pairs = held.flatMap((a) => held.map((b) => [a, b] as const)).sort(([a, b], [c, d]) => Math.abs(day(a.seatId) - day(b.seatId)) - Math.abs(day(c.seatId) - day(d.seatId)));
  for (const [a, b] of pairs) {
    if (a.seatId.slice(0, 10) === b.seatId.slice(0, 10) || a.staffId === b.staffId) continue;
    if (introducedViolations(base, checkRoster(problem, [...moveSeat(plan.assignments, a.seatId, b.seatId)])).length === 0) return [a.seatId, b.seatId];
  }
  throw new Error('no harmless swap in the generated roster');
}

test('the roster editor: generate, move by drag and keyboard, swap, a rest violation undone, a lock kept, publish twice and diff', async ({ app }) => {
  const { page } = app;
  const plan = await createTetPlan(app.services());
  await app.open(`#/roster/${plan.id}`);
  const roster = new RosterPage(page, plan);
  const seat = (id: string): Locator => roster.seatOf(id);
  const holder = (id: string) => roster.shownHolder(id);
  const saved = () => roster.expectSaved();
  const stored = () => app.services().plans.get(plan.id);
  const nameOf = (staffId: string) => SAMPLE_STAFF.find((m) => m.id === staffId)!.fullName;

  await expect(page.getByRole('heading', { name: plan.name })).toBeVisible();
  await expect(roster.status).toHaveText('Bản nháp');
  // The whole period opens first (roster-typing.spec.ts); this test works day by day, with full names.
  await roster.byDay();
  // Every seat starts empty; the row heads read the Vietnamese way, with the lunar date and Tết marks.
  const mung1 = roster.dayHeader('2026-02-17');
  await expect(mung1).toContainText('Thứ Ba');
  await expect(mung1).toContainText('17/02/2026');
  await expect(mung1).toContainText('Âm lịch 1/1');
  await expect(mung1.locator('.mark-mung-1')).toHaveText('Mùng 1 Tết');

  await expect(roster.emptySeats()).toHaveCount(planToProblem(plan, DEFAULT_SKILLS).seats.length);
  await roster.generate();
  await expect(page.getByText(/Đã xếp \d+\/\d+ chỗ/)).toBeVisible();
  await saved();
  const generated = stored();
  expect(generated.assignments.length).toBeGreaterThan(80);
  await expect(roster.emptySeats()).toHaveCount(0);
  await expect(page.getByText('Không có vi phạm; mọi chỗ đã có người trực.')).toBeVisible();
  // The first evening is agreed already: lock the whole day.
  await page.getByRole('button', { name: 'Khoá cả ngày 13/02/2026' }).click();
  await expect(page.getByRole('button', { name: 'Mở khoá cả ngày 13/02/2026' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('tr[data-date="2026-02-13"]').getByRole('img', { name: 'Đã khoá' })).toHaveCount(6);
  await page.screenshot({ path: shot('roster-grid') });

  // The fairness report and the per-person view follow the roster.
  await page.getByRole('tab', { name: 'Công bằng' }).click();
  await expect(page.getByTestId('balance-score')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Theo người' }).click();
  await expect(roster.peopleRows).toHaveCount(SAMPLE_STAFF.length);
  await page.screenshot({ path: shot('roster-people') });
  await roster.byDay();
  await page.getByRole('tab', { name: /Kiểm tra/ }).click();

  // Move by drag: empty the plain technician seat of a shift, then drag the security technician into it.
  const shift = '2026-02-15/sang';
  const [attt, plain] = [`${shift}/ky-thuat-attt`, `${shift}/ky-thuat`];
  const mover = await holder(attt).textContent();
  await seat(plain).focus();
  await page.keyboard.press('Delete');
  await expect(seat(plain)).toContainText('Trống');
  await seat(attt).dragTo(seat(plain));
  await expect(holder(plain)).toHaveText(mover!);
  await expect(seat(attt)).toContainText('Trống');

  // Move by keyboard: Ctrl+X picks the person up, the arrow walks to the seat above, Enter drops them there.
  await seat(plain).focus();
  await page.keyboard.press('Control+x');
  await expect(page.locator('.carry-banner')).toContainText(`Đang chuyển ${mover}`);
  await page.keyboard.press('ArrowUp');
  await expect(seat(attt)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(holder(attt)).toHaveText(mover!);
  await expect(seat(plain)).toContainText('Trống');

  // The picker fills the empty seat: ranked, filtered without diacritics, greyed with reasons.
  await seat(plain).click();
  const picker = roster.picker;
  await expect(picker).toBeVisible();
  await expect(roster.unavailableCandidates.first()).toBeVisible();
  await expect(picker).toContainText('sai vai trò');
  // Typed without diacritics, "nguyen" finds every Nguyễn: the free ones first, the others greyed with why.
  await picker.getByRole('searchbox').fill('nguyen');
  await expect(roster.candidates.first()).toContainText('Nguyễn');
  await expect(roster.unavailableCandidates.first()).toContainText('Nguyễn');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('roster-picker') });
  await picker.getByRole('searchbox').fill('');
  const firstFree = RosterPage.candidateName(roster.freeCandidates.first());
  const chosen = (await firstFree.textContent())!.replace(/^KT/, '');
  await picker.getByRole('searchbox').fill(
    chosen
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase(),
  );
  await expect(roster.candidates.first()).toContainText(chosen);
  await picker.getByRole('searchbox').press('Enter');
  await expect(picker).toBeHidden();
  await expect(holder(plain)).toHaveText(chosen);
  await saved();

  // Swap: drop a person onto a taken seat on another day; both trade places.
  const [from, to] = harmlessSwap(stored());
  const [a, b] = [await holder(from).textContent(), await holder(to).textContent()];
  await seat(from).dragTo(seat(to));
  await expect(holder(to)).toHaveText(a!);
  await expect(holder(from)).toHaveText(b!);

  // A rest violation: the morning's technician also put on the afternoon shift, after a clear warning.
  const morning = stored().assignments.find((x) => x.seatId === `${shift}/ky-thuat`)!;
  await seat('2026-02-15/chieu/ky-thuat').click();
  await picker.getByRole('searchbox').fill(SAMPLE_STAFF.find((m) => m.id === morning.staffId)!.phone);
  await expect(roster.candidates.first()).toContainText('nghỉ giữa ca < 12 giờ');
  await roster.candidates.first().click();
  const warning = page.getByRole('alertdialog', { name: 'Thay đổi này vi phạm quy tắc bắt buộc' });
  await expect(warning).toContainText(`${nameOf(morning.staffId)} nghỉ giữa hai ca chỉ 0 giờ`);
  await warning.getByRole('button', { name: 'Vẫn thay đổi' }).click();
  const restItem = roster.violation('REST_TOO_SHORT');
  await expect(restItem).toHaveCount(1);
  await roster.expectProblem('2026-02-15/chieu/ky-thuat');
  await restItem.click();
  await expect(seat('2026-02-15/chieu/ky-thuat')).toBeFocused();
  await page.screenshot({ path: shot('roster-panel') });
  await page.keyboard.press('Control+z');
  await expect(restItem).toHaveCount(0);
  await expect(page.getByText('Không có vi phạm; mọi chỗ đã có người trực.')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(restItem).toHaveCount(1);
  await page.getByRole('button', { name: /Hoàn tác/ }).click();
  await expect(restItem).toHaveCount(0);
  // The app menu's Làm lại and Hoàn tác arrive as edit events (Electron sends them; here the harness does).
  const menu = (action: 'undo' | 'redo') => page.evaluate((a) => (window as any).__lichTrucDeliver('event:edit', { action: a }), action);
  await menu('redo');
  await expect(restItem).toHaveCount(1);
  await menu('undo');
  await expect(restItem).toHaveCount(0);

  // A locked seat survives regeneration.
  const pinned = '2026-02-16/dem/lanh-dao';
  const leader = await holder(pinned).textContent();
  await seat(pinned).focus();
  await page.keyboard.press('Control+l');
  await expect(seat(pinned).getByRole('img', { name: 'Đã khoá' })).toBeVisible();
  await saved();
  const before = stored().assignments;
  await roster.generate();
  // Seats were changed by hand since the last run: the editor asks before redrawing them.
  await page.getByRole('dialog', { name: 'Tạo lại toàn bộ lịch?' }).getByRole('button', { name: 'Tạo lại toàn bộ' }).click();
  // The first run's message may still be on screen: wait for the new roster to reach the store.
  const regenerated = () =>
    stored()
      .assignments.filter((x) => !x.locked)
      .some((x) => before.find((y) => y.seatId === x.seatId)?.staffId !== x.staffId);
  await expect.poll(regenerated, { message: 'regenerating changes at least one unlocked seat' }).toBe(true);
  await saved();
  const after = stored();
  expect(after.assignments.find((x) => x.seatId === pinned)).toMatchObject({ staffId: before.find((x) => x.seatId === pinned)!.staffId, locked: true });
  await expect(holder(pinned)).toHaveText(leader!);

  // Publish version 1, change a seat, publish version 2 (warned of the empty seat), and see the difference.
  const publish1 = await roster.openPublish(1, 'Lịch trực Tết lần đầu');
  await publish1.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(roster.status).toHaveText('Đã ban hành phiên bản 1');

  const dropped = '2026-02-18/chieu/ky-thuat';
  const droppedName = await holder(dropped).textContent();
  await seat(dropped).focus();
  await page.keyboard.press('Delete');
  await expect(roster.status).toContainText('Có thay đổi chưa ban hành');
  const publish2 = await roster.openPublish(2);
  await expect(publish2).toContainText('0 vi phạm quy tắc và 1 chỗ trống');
  await publish2.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(roster.status).toHaveText('Đã ban hành phiên bản 2');
  expect(stored().versions.map((v) => v.version)).toEqual([1, 2]);

  await page.getByRole('tab', { name: 'Phiên bản' }).click();
  await expect(roster.versionList).toContainText('Lịch trực Tết lần đầu');
  await page.getByLabel('Từ').selectOption('1');
  await page.getByLabel('Đến').selectOption('2');
  await page.getByRole('button', { name: 'Xem thay đổi' }).click();
  const diff = page.getByRole('region', { name: 'Thay đổi từ Phiên bản 1 đến Phiên bản 2' });
  await expect(diff).toContainText('Thứ Tư, 18/02/2026 · Ca chiều');
  await expect(diff).toContainText(`Cán bộ kỹ thuật: bỏ ${droppedName}`);
  await expect(diff).toContainText(`${droppedName} được rút khỏi: Ca chiều 18/02/2026.`);
  await page.screenshot({ path: shot('roster-diff') });

  // Everything was saved as it went: a reload shows the same roster.
  await page.reload();
  await roster.byDay();
  await expect(seat(dropped)).toContainText('Trống');
  await expect(holder(pinned)).toHaveText(leader!);
});

test('Tạo lịch over hand edits or a published roster asks: cancel keeps it, only fill empty seats keeps every placed seat', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = await createTetPlan(app.services());
  await app.open(`#/roster/${plan.id}`);
  const roster = new RosterPage(page, plan);
  await roster.byDay();
  const saved = () => roster.expectSaved();
  const stored = () => app.services().plans.get(plan.id).assignments;
  const ask = page.getByRole('dialog', { name: 'Tạo lại toàn bộ lịch?' });
  const changedFrom = (before: readonly { seatId: string; staffId: string }[]) => () => stored().some((x) => before.find((y) => y.seatId === x.seatId)?.staffId !== x.staffId);

  // An empty roster, then the generator's own roster untouched: redrawn at once, nothing to lose.
  await roster.generate();
  await expect(page.getByText(/Đã xếp \d+\/\d+ chỗ/)).toBeVisible();
  await saved();
  const first = stored();
  await roster.generate();
  await expect.poll(changedFrom(first), { message: 'a second run redraws without asking' }).toBe(true);
  await expect(ask).toHaveCount(0);
  await saved();

  // One seat emptied by hand: now Tạo lịch asks, and Huỷ leaves the roster as it is.
  const emptied = stored().find((x) => x.seatId.startsWith('2026-02-15/'))!;
  await roster.seatOf(emptied.seatId).focus();
  await page.keyboard.press('Delete');
  await saved();
  const edited = stored();
  expect(edited.find((x) => x.seatId === emptied.seatId)).toBeUndefined();
  await roster.generate();
  await expect(ask).toContainText(`Lịch đang có ${edited.length} chỗ đã xếp chưa khoá`);
  await ask.getByRole('button', { name: 'Huỷ' }).click();
  await expect(ask).toHaveCount(0);
  await expect(roster.seatOf(emptied.seatId)).toContainText('Trống');
  expect(stored()).toEqual(edited);

  // From the keyboard: the safe choice has the focus, Tab goes round inside the dialog, Escape cancels.
  await roster.generate();
  await expect(ask.getByRole('button', { name: 'Điền chỗ trống' })).toBeFocused();
  const inDialog: boolean[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    inDialog.push(await ask.evaluate((d) => d.contains(d.ownerDocument.activeElement)));
  }
  expect(inDialog).toEqual([true, true, true, true, true]);
  // Back past the header's close button, the first of the dialog, Shift+Tab comes round to Huỷ, the last.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(ask.getByRole('button', { name: 'Huỷ' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  expect(stored()).toEqual(edited);

  // Only fill empty seats: every seat placed stays with its person, the emptied one is filled again.
  await roster.generate();
  await ask.getByRole('button', { name: 'Điền chỗ trống' }).click();
  await expect.poll(() => stored().some((x) => x.seatId === emptied.seatId), { message: 'the emptied seat is filled' }).toBe(true);
  await saved();
  const filled = stored();
  for (const x of edited) expect(filled.find((y) => y.seatId === x.seatId)?.staffId).toBe(x.staffId);

  // Published: even the generator's own roster is asked about, since staff would receive the changes.
  await (await roster.openPublish(1)).getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(roster.status).toHaveText('Đã ban hành phiên bản 1');
  await roster.generate();
  await expect(ask).toContainText('Lịch này đã ban hành');
  await expect(ask.getByRole('button', { name: 'Điền chỗ trống' })).toBeVisible();
  await page.screenshot({ path: shot('roster-regenerate-ask') });
  await ask.getByRole('button', { name: 'Tạo lại toàn bộ' }).click();
  await expect.poll(changedFrom(filled), { message: 'redraw all replaces unlocked seats' }).toBe(true);
  await saved();
  await expect(roster.status).toContainText('Có thay đổi chưa ban hành');
});

test('edits are saved even when the page closes at once, and a change made elsewhere is reloaded, not overwritten', async ({ app }) => {
  const { page } = app;
  const plan = await createTetPlan(app.services());
  await app.open(`#/roster/${plan.id}`);
  const roster = new RosterPage(page, plan);
  const seat = (id: string) => roster.seatOf(id);
  const leaderSeat = '2026-02-14/sang/lanh-dao';

  // Picked, then the page goes away before the autosave's delay: the pending write leaves on unload.
  await seat(leaderSeat).click();
  await roster.candidates.first().click();
  const leader = await roster.shownHolder(leaderSeat).textContent();
  await page.reload();
  await expect(roster.shownHolder(leaderSeat)).toHaveText(leader!);
  const saved = app.services().plans.get(plan.id).assignments;
  expect(saved).toHaveLength(1);

  // The CLI (or another window) changes the plan meanwhile; the next save is refused and the editor reloads.
  await app.services().plans.update(plan.id, { assignments: [] });
  await seat('2026-02-14/chieu/lanh-dao').click();
  await roster.candidates.first().click();
  await expect(page.getByRole('alert')).toContainText('Kế hoạch vừa được thay đổi ở nơi khác');
  await expect(seat(leaderSeat)).toContainText('Trống');
  expect(app.services().plans.get(plan.id).assignments).toHaveLength(0);

  // Changed elsewhere while this window writes nothing: it says so at once, and "Tải lại" shows the change.
  await app.services().plans.update(plan.id, { assignments: saved });
  const warning = notice(page, 'warning');
  await expect(warning).toContainText('Kế hoạch này vừa được thay đổi ở nơi khác');
  await page.screenshot({ path: shot('roster-changed-elsewhere') });
  await warning.getByRole('button', { name: 'Tải lại' }).click();
  await expect(roster.shownHolder(leaderSeat)).toHaveText(leader!);
  await expect(warning).toHaveCount(0);
});

import { epochToVn } from '../../shared/time/zone';
import { closedPort } from '../helpers/closed-port';
import { VIETNAMESE_LETTER } from '../helpers/said';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { expect, test } from './harness/fixtures';
import { RemindersPage } from './harness/pages/reminders-page';

const FIVE_MINUTES = 5 * 60_000;
const REFUSED = 'the server refused the connection (not running, or the wrong port)';

test('under the English UI a mail server that cannot be reached is said in English, in the toast and in the delivery log', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  await services.settings.update({ language: 'en', organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  // A period that began an hour before the test's clock: its first shift's reminders were missed, the next ones are due.
  const start = Math.floor((app.clock.now().getTime() - 60 * 60_000) / FIVE_MINUTES) * FIVE_MINUTES;
  const plan = tetRoster({ window: { start: epochToVn(start), end: epochToVn(start + 24 * 3600_000) }, publishedAt: new Date(start - 24 * 3600_000).toISOString() });
  await storePlan(services, plan);
  // Nothing listens on port 9 here: every email is refused at the connection.
  await services.mailSettings.update({ host: '127.0.0.1', port: 9, security: 'none', senderName: 'Lịch Trực TTCNTT', senderAddress: 'lichtruc@ttcntt.example.vn' });
  await services.reminders.engine.start();

  await app.open('#/reminders');
  const reminders = new RemindersPage(page);
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible();
  const reasons = reminders.reasons(reminders.log('Delivery log'));
  await expect(reasons.filter({ hasText: REFUSED }).first()).toBeVisible();
  await expect(reasons.filter({ hasText: /^It was due while the computer was off/ }).first()).toBeVisible();
  for (const reason of await reasons.allInnerTexts()) expect(reason).not.toMatch(VIETNAMESE_LETTER);

  const form = reminders.mailForm("Email (the unit's SMTP server)");
  await form.getByRole('textbox', { name: 'Send a test email to' }).fill('truongphong@stttt.example.vn');
  await form.getByRole('button', { name: 'Send test email' }).click();
  await expect(reminders.alert).toContainText(`The test email could not be sent: ${REFUSED}`);
  expect(await reminders.alert.innerText()).not.toMatch(VIETNAMESE_LETTER);
  await page.screenshot({ path: 'artifacts/screenshots/english-mail-error.png' });
  services.reminders.engine.stop();
});

test('under the English UI a CalDAV server that cannot be reached is said in English on the publish screen', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const services = app.services();
  await services.settings.update({ language: 'en', organisation: { unitEmail: 'ttcntt@stttt.example.vn' } });
  const plan = tetRoster({ window: { start: '2026-02-16T07:30', end: '2026-02-17T07:30' } });
  await storePlan(services, plan);
  const port = await closedPort();
  await services.caldavSettings.update({ url: `http://127.0.0.1:${port}/`, user: 'truongphong', password: 'mat-khau' });

  await app.open(`#/publish/${plan.id}`);
  const panel = page.getByRole('region', { name: 'Calendar server (CalDAV)' });
  await panel.getByRole('button', { name: 'Publish to the calendar server' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toHaveText(`Could not connect to the CalDAV server 127.0.0.1:${port}: ${REFUSED}.`);
  expect(await alert.innerText()).not.toMatch(VIETNAMESE_LETTER);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/english-caldav-error.png' });
});

import { DEFAULT_SETTINGS } from '../src/messaging/domain/settings.js';
import { asManager, importSafetyEvents, phoneOf, safetyEvents, todays } from './coaching-kit.js';
import { DA, expect, test } from './fixtures.js';
import { textsSent } from './twilio.js';

// Issue 5, the coaching loop: a manager imports a day of safety events, the following-distance rule
// texts a Spanish-speaking DA through the local Twilio-speaking server, she acknowledges on her phone;
// another DA disputes in his own words and the manager dismisses, so those events stop counting.

test('a rule texts a Spanish-speaking DA, who acknowledges; another disputes and the manager dismisses', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const maria = await phoneOf(browser, DA.coachingSpanish);
  const luis = await phoneOf(browser, DA.english);
  const { page, csrf } = await asManager(browser);
  const headers = { 'x-csrf-token': csrf };
  // The first DA reads Spanish and agreed to texts; texts are on at every hour of the day.
  const patched = await page.request.patch(`/api/v1/drivers/${maria.da.id}`, {
    data: { language: 'es', smsConsent: true },
    headers,
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const english = await page.request.patch(`/api/v1/drivers/${luis.da.id}`, {
    data: { language: 'en' },
    headers,
  });
  expect(english.status(), await english.text()).toBe(200);
  const settings = await page.request.put('/api/v1/messaging/settings', {
    data: { smsEnabled: true, quietStart: '00:00', quietEnd: '00:00', ratePerMinute: 60 },
    headers,
  });
  expect(settings.status(), await settings.text()).toBe(200);

  // The manager imports today's safety events of their station (both work at DXC1).
  await importSafetyEvents(page, maria.da.homeStationId, safetyEvents([maria.da, luis.da], stamp), 6);

  // The rule ran on arrival: both DAs work today, so both were told; the Spanish text left by Twilio.
  await expect
    .poll(async () => (await textsSent()).filter((t) => t.to === maria.da.phone).map((t) => t.body ?? ''), {
      timeout: 20_000,
    })
    .toContainEqual(expect.stringContaining('Coaching de'));

  // She acknowledges on her phone, in Spanish.
  await maria.page.goto('/me/coaching');
  await expect(maria.page.getByRole('heading', { name: 'Mi coaching' })).toBeVisible();
  const hers = todays(maria.page, stamp);
  await hers.getByRole('button', { name: 'Confirmar' }).click();
  await expect(hers.getByText(/Confirmado/).first()).toBeVisible();

  // He disputes in his own words.
  await luis.page.goto('/me/coaching');
  const his = todays(luis.page, stamp);
  await his.getByRole('button', { name: 'Dispute' }).click();
  await his
    .getByLabel('In your own words: what is wrong?')
    .fill('A car cut in front of me at every one of these.');
  await his.getByRole('button', { name: 'Send' }).click();
  await expect(his.getByText('A car cut in front of me at every one of these.')).toBeVisible();

  // The manager reads the dispute and dismisses it: its events are dismissed.
  await page.goto('/coaching');
  // The DAs' station (another spec may add one that sorts first).
  await page.locator('.filters').getByLabel('Station').selectOption(luis.da.homeStationId);
  await page.getByLabel('Status').selectOption('disputed');
  await page.getByTestId('coaching-items').getByRole('link', { name: luis.da.name }).first().click();
  await expect(page.getByText('A car cut in front of me at every one of these.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Resolve dispute' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Decision').selectOption('dismissed');
  await dialog.getByLabel('Note to the DA').fill('Video reviewed: the other car cut in.');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByText('dismissed', { exact: false }).first()).toBeVisible();

  await luis.page.reload();
  await expect(todays(luis.page, stamp).getByText('Your manager dismissed it')).toBeVisible();
  await expect(page.getByText('Dismissed').first()).toBeVisible();
});

// The org's texts go back off, so the specs after this one find the demo as it was.
test.afterEach(async ({ browser }) => {
  const { page, csrf } = await asManager(browser);
  await page.request.put('/api/v1/messaging/settings', {
    data: DEFAULT_SETTINGS,
    headers: { 'x-csrf-token': csrf },
  });
});

import type { Browser, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../src/messaging/domain/settings.js';
import { DEMO, expect, signIn, test } from './fixtures.js';
import { textsSent } from './twilio.js';

// Issue 5, the coaching loop: a manager imports a day of safety events, the following-distance rule
// texts a Spanish-speaking DA through the local Twilio-speaking server, she acknowledges on her phone;
// another DA disputes in his own words and the manager dismisses, so those events stop counting.

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

interface Da {
  id: string;
  name: string;
  transporterId: string;
  phone: string;
}

async function phoneOf(browser: Browser, email: string): Promise<{ page: Page; da: Da }> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, email);
  const { driver } = await (await page.request.get('/api/v1/me/driver')).json();
  return { page, da: { ...driver, name: `${driver.firstName} ${driver.lastName}` } as Da };
}

/** Three following-distance events an hour apart today, in Cortex's export, for each DA. */
function safetyEvents(das: Da[], stamp: string): Buffer {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });
  const header =
    'Date,Delivery Associate,Transporter ID,Event ID,Date Time (PDT/PST),VIN,Program Impact,Metric Type,Metric Subtype,Source,Video Link,Review Details';
  const rows = das.flatMap((da, d) =>
    [9, 10, 11].map(
      (hour) =>
        `${today},DA ${d},${da.transporterId},E2E-${stamp}-${d}-${hour},${today} ${hour}:15,,Yes,Following Distance,,Cortex,https://video.example/${stamp}/${d}/${hour},`,
    ),
  );
  return Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`);
}

async function asManager(browser: Browser): Promise<{ page: Page; csrf: string }> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(page, DEMO.owner);
  const csrf = (await (await page.request.get('/api/v1/me')).json()).csrfToken as string;
  return { page, csrf };
}

test('a rule texts a Spanish-speaking DA, who acknowledges; another disputes and the manager dismisses', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const maria = await phoneOf(browser, 'driver2@demo.test');
  const luis = await phoneOf(browser, 'driver3@demo.test');
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

  // The manager imports today's safety events for DXC1.
  await page.goto('/imports?kind=safety-events');
  const form = page.getByRole('region', { name: 'New import' });
  const station = form.getByLabel('Station');
  await station.selectOption(
    (await station.locator('option', { hasText: 'DXC1' }).getAttribute('value')) ?? '',
  );
  await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
    name: 'Safety_Dashboard_DXC1_today.csv',
    mimeType: 'text/csv',
    buffer: safetyEvents([maria.da, luis.da], stamp),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-preview').getByText('The file is good')).toBeVisible();
  await page.getByRole('button', { name: /^Commit 6 rows/ }).click();
  await expect(page.getByText('Import committed.')).toBeVisible();

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

/** The item about today's imported events (their video links carry the run's stamp). */
const todays = (page: Page, stamp: string) =>
  page
    .getByTestId('my-coaching')
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href*="/${stamp}/"]`) });

// The org's texts go back off, so the specs after this one find the demo as it was.
test.afterEach(async ({ browser }) => {
  const { page, csrf } = await asManager(browser);
  await page.request.put('/api/v1/messaging/settings', {
    data: DEFAULT_SETTINGS,
    headers: { 'x-csrf-token': csrf },
  });
});
